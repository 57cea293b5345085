import { describe, expect, it } from "vitest";
import { makeCaller } from "@/test/support/factories";
import { exportGroups } from "./export-groups";
import { importGroups } from "./import-groups";
import { samePlan } from "./import-preview";
import { patchGroupSettings } from "./patch-group-settings";
import { makeGroup } from "./testing/group-factory";

/** The import screen's Apply re-runs the dry run and compares it with the reviewed one (samePlan): against the real import. */
describe("import preview freshness", () => {
  it("a dry run repeated on unchanged groups is the same plan; after someone saves the group in between, it is not", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    const exported = await exportGroups(admin);
    const file = {
      ...exported,
      groups: exported.groups.filter((g) => g.name === group.name).map((g) => ({ ...g, settings: { ...g.settings, lockScreenNotifications: "block" as const } })),
    };

    const reviewed = await importGroups(admin, file, { dryRun: "true" });
    expect(reviewed.groups[0]).toMatchObject({ outcome: "updated", version: 1, changes: [{ field: "lockScreenNotifications", before: "allow", after: "block" }] });
    expect(samePlan(reviewed, await importGroups(admin, file, { dryRun: "true" }))).toBe(true);

    // Someone else changes another setting of the group after the preview was shown.
    await patchGroupSettings(admin, group.id, 1, { acceptAllSslCertificates: true });
    const fresh = await importGroups(admin, file, { dryRun: "true" });
    expect(samePlan(reviewed, fresh)).toBe(false);
    // The file would now also undo their change: what the outdated preview did not show.
    expect(fresh.groups[0]?.changes.map((change) => change.field)).toEqual(["lockScreenNotifications", "acceptAllSslCertificates"]);
  });
});
