import { describe, expect, it } from "vitest";
import { decodeAffectedCursor, encodeAffectedCursor, MAX_CURSOR_LENGTH, type AffectedCursor } from "./cursor";
import { parseDeviceFact } from "./device-fact";

const USER = "0b7f3c1e-2f4a-4c55-9a0e-6d1b2c3d4e5f";
const TO = "2026-12-02T10:00:00.000Z";

describe("affected-users cursor", () => {
  it.each<AffectedCursor>([
    { sort: "count", key: 17, userId: USER, to: TO },
    { sort: "last", key: "2026-12-02T09:59:59.123Z", userId: USER, to: TO },
    { sort: "name", key: "Zoë, \"the\" O'Neil | ü", userId: USER, to: TO },
  ])("round-trips a $sort cursor", (cursor) => {
    const text = encodeAffectedCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAffectedCursor(text)).toEqual(cursor);
  });

  it("refuses forged, mismatched and oversized cursors", () => {
    const wire = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    expect(decodeAffectedCursor("not base64!")).toBeNull();
    expect(decodeAffectedCursor(Buffer.from("{not json").toString("base64url"))).toBeNull();
    expect(decodeAffectedCursor(wire({ s: "count", k: "17", u: USER, t: TO }))).toBeNull();
    expect(decodeAffectedCursor(wire({ s: "last", k: "yesterday", u: USER, t: TO }))).toBeNull();
    expect(decodeAffectedCursor(wire({ s: "name", k: "a\u0000b", u: USER, t: TO }))).toBeNull();
    expect(decodeAffectedCursor(wire({ s: "count", k: 1, u: "not-a-uuid", t: TO }))).toBeNull();
    expect(decodeAffectedCursor(wire({ s: "count", k: 1, u: USER, t: TO, extra: 1 }))).toBeNull();
    expect(decodeAffectedCursor(wire({ s: "name", k: "x".repeat(MAX_CURSOR_LENGTH), u: USER, t: TO }))).toBeNull();
  });
});

describe("device fact filter", () => {
  it("reads name=value for the known facts only", () => {
    expect(parseDeviceFact("lowPowerMode=true")).toEqual({ name: "lowPowerMode", value: true });
    expect(parseDeviceFact("iosNotificationsAllowed=false")).toEqual({ name: "iosNotificationsAllowed", value: false });
    expect(parseDeviceFact("iosVersion=18.2")).toEqual({ name: "iosVersion", value: "18.2" });
    expect(parseDeviceFact("lowPowerMode=yes")).toMatchObject({ error: expect.stringContaining("true or false") });
    expect(parseDeviceFact("password=x")).toMatchObject({ error: expect.stringContaining("must name one of") });
    expect(parseDeviceFact("=true")).toMatchObject({ error: expect.stringContaining("name=value") });
  });
});
