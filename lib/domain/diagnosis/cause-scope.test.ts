import { describe, expect, it } from "vitest";
import { CAUSE_CODES } from "@/lib/domain/outcomes";
import { DEVICE_STATE_CAUSES, GROUP_WIDE_CAUSES, isGroupWideCause } from "./cause-scope";

describe("cause scope", () => {
  it("puts every cause in exactly one scope", () => {
    expect([...GROUP_WIDE_CAUSES, ...DEVICE_STATE_CAUSES].sort()).toEqual([...CAUSE_CODES].sort());
  });

  it("never calls a device state group-wide", () => {
    for (const cause of DEVICE_STATE_CAUSES) expect(isGroupWideCause(cause)).toBe(false);
  });
});
