import { describe, expect, it } from "vitest";
import { RICH_PUSH_SETTINGS } from "@/lib/domain/testing/rich-push-settings";
import { importPreviewRows, parseImportText, proposedSettingsByName, samePlan } from "./import-preview";
import { GROUPS_EXPORT_FORMAT } from "./schemas";
import { diffSettings, SETTING_KEYS } from "./settings-diff";
import type { ImportGroupResult, ImportResultView } from "./views";

const ID = "6f1c7a52-4b1e-4c1e-9a57-0d4f3b0f2a11";

function result(groups: ImportGroupResult[]): ImportResultView {
  const summary = { created: 0, updated: 0, unchanged: 0 };
  for (const group of groups) summary[group.outcome] += 1;
  return { dryRun: true, summary, groups };
}

const unchanged = (name: string): ImportGroupResult => ({ name, outcome: "unchanged", changes: [], description: null, groupId: ID, version: 1 });
const lockScreenBlocked = diffSettings(RICH_PUSH_SETTINGS, { ...RICH_PUSH_SETTINGS, lockScreenNotifications: "block" });
const updated = (name: string, changes = lockScreenBlocked): ImportGroupResult => ({ name, outcome: "updated", changes, description: null, groupId: ID, version: 3 });
const created = (name: string): ImportGroupResult => ({
  name,
  outcome: "created",
  changes: SETTING_KEYS.map((field) => ({ field, before: null, after: RICH_PUSH_SETTINGS[field] ?? null })),
  description: { before: null, after: "" },
  groupId: null,
  version: null,
});

describe("importPreviewRows", () => {
  it("lists new groups, then changed, then unchanged, keeping the file's order within each", () => {
    const rows = importPreviewRows(result([unchanged("A"), updated("B"), created("C"), updated("D"), unchanged("E")]));
    expect(rows.map((row) => row.name)).toEqual(["C", "B", "D", "A", "E"]);
  });

  it("names what happens to each group and counts members only for existing groups whose settings change", () => {
    const descriptionOnly: ImportGroupResult = { ...updated("Described", []), description: { before: "old", after: "new" } };
    const rows = importPreviewRows(result([created("New"), updated("One"), updated("Two", diffSettings(RICH_PUSH_SETTINGS, { ...RICH_PUSH_SETTINGS, pushNotifications: false, intuneManaged: true })), descriptionOnly, unchanged("Same")]));
    const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
    expect(byName.New).toMatchObject({ headline: "New group", countsMembers: false });
    expect(byName.One).toMatchObject({ headline: "1 setting changes", countsMembers: true, changes: [{ field: "lockScreenNotifications", before: "allow", after: "block" }] });
    expect(byName.Two).toMatchObject({ headline: "2 settings change", countsMembers: true });
    expect(byName.Described).toMatchObject({ headline: "Description changes", countsMembers: false });
    expect(byName.Same).toMatchObject({ headline: "Unchanged", countsMembers: false });
  });
});

describe("samePlan", () => {
  it("holds for the same writes and breaks when a stored group moved (version or changes)", () => {
    const plan = result([updated("B"), created("C")]);
    expect(samePlan(plan, structuredClone(plan))).toBe(true);
    expect(samePlan(plan, result([{ ...updated("B"), version: 4 }, created("C")]))).toBe(false);
    expect(samePlan(plan, result([updated("B", []), created("C")]))).toBe(false);
    expect(samePlan(plan, result([unchanged("B"), created("C")]))).toBe(false);
  });
});

describe("parseImportText", () => {
  it("returns the JSON, or says the file is empty or not JSON", () => {
    expect(parseImportText('{"groups":[]}')).toEqual({ ok: true, json: { groups: [] } });
    expect(parseImportText("  \n")).toEqual({ ok: false, message: "The file is empty." });
    const broken = parseImportText('{"groups": [');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^The file is not JSON \(.+\)\. Choose a file made by Export JSON\.$/);
  });
});

describe("proposedSettingsByName", () => {
  it("maps each group of a valid file to its settings as stored (absent optional settings as null)", () => {
    const { pushRegion: _region, acceptAllSslCertificates: _ssl, ...withoutOptional } = RICH_PUSH_SETTINGS;
    const file = { format: GROUPS_EXPORT_FORMAT, groups: [{ name: "G", settings: withoutOptional }] };
    expect(proposedSettingsByName(file).get("G")).toEqual({ ...RICH_PUSH_SETTINGS, pushRegion: null, acceptAllSslCertificates: false });
  });

  it("is empty for a file the server would refuse", () => {
    expect(proposedSettingsByName({ groups: [{ name: "G", settings: { pushNotifications: "yes" } }] }).size).toBe(0);
  });
});
