import { describe, expect, it } from "vitest";
import { FUTURE_TOLERANCE_MS, implausibleTimeReason, nulCharacterPath } from "./storable-values";

const NOW = Date.parse("2026-11-28T12:00:00Z");

describe("implausibleTimeReason", () => {
  it("accepts times from 2000 up to the tolerance ahead of the server, in any offset JavaScript reads", () => {
    for (const iso of ["2000-01-01T00:00:00Z", "2026-11-28T12:00:00Z", "2026-11-28T21:30:00+10:00", "2026-11-28T13:00:00+23:59"]) {
      expect(implausibleTimeReason(iso, NOW), iso).toBeNull();
    }
    expect(implausibleTimeReason(new Date(NOW + FUTURE_TOLERANCE_MS).toISOString(), NOW)).toBeNull();
  });

  it("refuses unset clocks (year 0 included) and times too far ahead", () => {
    expect(implausibleTimeReason("0000-01-01T00:00:00Z", NOW)).toMatch(/before 2000/);
    expect(implausibleTimeReason("1999-12-31T23:59:59Z", NOW)).toMatch(/before 2000/);
    expect(implausibleTimeReason(new Date(NOW + FUTURE_TOLERANCE_MS + 1).toISOString(), NOW)).toMatch(/ahead/);
    expect(implausibleTimeReason("not a time", NOW)).toMatch(/ISO 8601/);
  });
});

describe("nulCharacterPath", () => {
  it("names the first string holding a NUL character", () => {
    expect(nulCharacterPath({ users: [{ upn: "a@b" }, { upn: "c@d", displayName: "x\u0000y" }] })).toBe("users[1].displayName");
    expect(nulCharacterPath("\u0000")).toBe("(body)");
  });

  it("is null for clean values of any shape", () => {
    for (const value of [null, 1, true, "text", { a: [1, "b", { c: null }] }]) expect(nulCharacterPath(value)).toBeNull();
  });
});
