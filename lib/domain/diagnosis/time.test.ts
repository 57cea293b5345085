import { describe, expect, it } from "vitest";
import { describePeriod, formatClock, parseTime, resolveTimeZone } from "./time";

const now = Date.parse("2025-06-03T12:00:00Z");

describe("time helpers", () => {
  it("formats today's times as a clock, older ones with the date", () => {
    expect(formatClock(Date.parse("2025-06-03T09:12:00Z"), now, "UTC")).toBe("09:12");
    expect(formatClock(Date.parse("2025-06-01T09:12:00Z"), now, "UTC")).toBe("1 Jun 09:12");
    expect(formatClock(Date.parse("2024-12-31T23:05:00Z"), now, "UTC")).toBe("31 Dec 2024 23:05");
  });

  it("formats in the viewer's time zone, and falls back to UTC for an unknown one", () => {
    expect(formatClock(Date.parse("2025-06-03T09:12:00Z"), now, "Europe/Berlin")).toBe("11:12");
    expect(resolveTimeZone("Mars/Olympus")).toBe("UTC");
    expect(resolveTimeZone(undefined)).toBe("UTC");
  });

  it("says 'Since' while it still happens and 'Between' once it stopped", () => {
    const first = Date.parse("2025-06-03T09:12:00Z");
    expect(describePeriod(first, now - 5 * 60_000, now, "UTC")).toEqual({ ongoing: true, phrase: "Since 09:12" });
    expect(describePeriod(first, Date.parse("2025-06-03T10:00:00Z"), now, "UTC")).toEqual({ ongoing: false, phrase: "Between 09:12 and 10:00" });
    expect(describePeriod(first, first, now, "UTC").phrase).toBe("At 09:12");
  });

  it("parses only valid times", () => {
    expect(parseTime("2025-06-03T09:12:00Z")).toBe(Date.parse("2025-06-03T09:12:00Z"));
    expect(parseTime("soon")).toBeNull();
    expect(parseTime(undefined)).toBeNull();
  });
});
