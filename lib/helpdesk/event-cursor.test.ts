import { describe, expect, it } from "vitest";
import { decodeEventCursor, encodeEventCursor, isEventCursor } from "./event-cursor";

describe("event cursor", () => {
  it("round-trips the time and an id with any characters", () => {
    const key = { occurredAt: new Date("2026-11-28T09:12:03.456Z"), id: "evt|42/ä?&=" };
    const cursor = encodeEventCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeEventCursor(cursor)).toEqual(key);
  });

  it("rejects text that is not a cursor", () => {
    expect(isEventCursor("not a cursor")).toBe(false);
    expect(isEventCursor(Buffer.from("yesterday|evt-1").toString("base64url"))).toBe(false);
    expect(isEventCursor(Buffer.from("2026-11-28T09:12:03.456Z|").toString("base64url"))).toBe(false);
  });
});
