import { describe, expect, it } from "vitest";
import { SUPPORTED_INPUT } from "@/lib/domain/prerequisites/testing/fixtures";
import { normalizeSettings } from "./normalize-settings";
import { diffSettings, reapplyChanges } from "./settings-diff";

const base = normalizeSettings(SUPPORTED_INPUT);

describe("diffSettings", () => {
  it("lists each changed field with before and after, in field order", () => {
    const after = { ...base, lockScreenNotifications: "count_only" as const, pushNotifications: false };
    expect(diffSettings(base, after)).toEqual([
      { field: "pushNotifications", before: true, after: false },
      { field: "lockScreenNotifications", before: "allow", after: "count_only" },
    ]);
  });

  it("compares host lists by content and order, not identity", () => {
    expect(diffSettings(base, { ...base, backgroundNetworkServices: [...base.backgroundNetworkServices] })).toEqual([]);
    const reordered = [...base.backgroundNetworkServices].reverse();
    expect(diffSettings(base, { ...base, backgroundNetworkServices: reordered })).toHaveLength(1);
  });

  it("treats an absent optional setting as null", () => {
    expect(diffSettings({ ...base, gateway: null }, { ...base, gateway: undefined })).toEqual([]);
  });
});

describe("reapplyChanges", () => {
  it("puts my edits on top of their newer settings, keeping their other changes", () => {
    const mine = { ...base, lockScreenNotifications: "block" as const };
    const theirs = { ...base, pushNotifications: false, lockScreenNotifications: "count_only" as const };
    expect(reapplyChanges(base, mine, theirs)).toEqual({ ...theirs, lockScreenNotifications: "block" });
  });
});
