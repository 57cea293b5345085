import { describe, expect, it } from "vitest";
import type { UserCaller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { makeCaller } from "@/test/support/factories";
import { exportGroups } from "./export-groups";
import { getGroup } from "./get-group";
import { importGroups } from "./import-groups";
import { RICH_PUSH_SETTINGS, makeGroup, uniqueGroupName } from "./testing/group-factory";

/** Everything an import could write, so a test can prove that nothing was written. */
async function footprint(groupIds: string[]) {
  // One after another: the embedded test server cannot run statements side by side.
  const groups = await db().deliveryGroup.count();
  const settings = await db().groupSettings.findMany({ where: { groupId: { in: groupIds } }, select: { groupId: true, version: true }, orderBy: { groupId: "asc" } });
  const revisions = await db().groupRevision.count();
  const audit = await db().auditEntry.count();
  return { groups, settings, revisions, audit };
}

async function twoGroupsExported(admin: UserCaller) {
  const a = await makeGroup(admin);
  const b = await makeGroup(admin, { lockScreenNotifications: "block" });
  const file = await exportGroups(admin);
  return { a, b, file: { ...file, groups: file.groups.filter((g) => g.name === a.name || g.name === b.name) } };
}

describe("import and export", () => {
  it("a dry run reports created / updated / unchanged with diffs and changes nothing", async () => {
    const admin = await makeCaller("admin");
    const { a, b, file } = await twoGroupsExported(admin);
    const newName = uniqueGroupName("Imported");
    file.groups = file.groups.map((g) => (g.name === b.name ? { ...g, settings: { ...g.settings, lockScreenNotifications: "allow" } } : g));
    file.groups.push({ name: newName, description: "new", settings: RICH_PUSH_SETTINGS });

    const before = await footprint([a.id, b.id]);
    const result = await importGroups(admin, file, { dryRun: "true" });
    expect(await footprint([a.id, b.id])).toEqual(before);

    expect(result.dryRun).toBe(true);
    expect(result.summary).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const byName = Object.fromEntries(result.groups.map((g) => [g.name, g]));
    expect(byName[a.name]).toMatchObject({ outcome: "unchanged", changes: [] });
    expect(byName[b.name]).toMatchObject({ outcome: "updated", version: 1, changes: [{ field: "lockScreenNotifications", before: "block", after: "allow" }] });
    expect(byName[newName]).toMatchObject({ outcome: "created", groupId: null });
    expect(await db().deliveryGroup.count({ where: { name: newName } })).toBe(0);
  });

  it("without dryRun=false nothing is written: the dry run is the default", async () => {
    const admin = await makeCaller("admin");
    const name = uniqueGroupName("Default dry");
    const result = await importGroups(admin, { groups: [{ name, settings: RICH_PUSH_SETTINGS }] }, {});
    expect(result).toMatchObject({ dryRun: true, summary: { created: 1 } });
    expect(await db().deliveryGroup.count({ where: { name } })).toBe(0);
  });

  it("a real import applies every group with a revision and a policy.import audit entry each", async () => {
    const admin = await makeCaller("admin");
    const { b, file } = await twoGroupsExported(admin);
    const newName = uniqueGroupName("Imported");
    file.groups = file.groups.map((g) => (g.name === b.name ? { ...g, description: "changed", settings: { ...g.settings, lockScreenNotifications: "allow" } } : g));
    file.groups.push({ name: newName, description: "new", settings: RICH_PUSH_SETTINGS });

    const result = await importGroups(admin, file, { dryRun: "false" });
    expect(result.summary).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const updated = await getGroup(admin, b.id);
    expect(updated).toMatchObject({ version: 2, description: "changed", settings: { lockScreenNotifications: "allow" } });
    const created = result.groups.find((g) => g.name === newName)!;
    expect((await getGroup(admin, created.groupId!)).settings).toEqual(RICH_PUSH_SETTINGS);
    const audits = await db().auditEntry.findMany({ where: { action: "policy.import", targetId: { in: [b.id, created.groupId!] } } });
    expect(audits).toHaveLength(2);
    expect((await db().groupRevision.findFirst({ where: { groupId: b.id, version: 2 } }))?.comment).toBe("Imported from file");
  });

  it("an invalid file writes nothing and names the field path of the bad group", async () => {
    const admin = await makeCaller("admin");
    const { a, b, file } = await twoGroupsExported(admin);
    const groups = [
      { name: uniqueGroupName("Valid"), settings: RICH_PUSH_SETTINGS },
      ...file.groups.map((g) => ({ ...g, settings: { ...g.settings, pushNotifications: !g.settings.pushNotifications } })),
    ];
    groups[2] = { ...groups[2]!, settings: { ...groups[2]!.settings, backgroundNetworkServices: ["mail.test.example"] } };

    const before = await footprint([a.id, b.id]);
    await expect(importGroups(admin, { groups }, { dryRun: "false" })).rejects.toMatchObject({
      code: "validation_failed",
      extra: { fields: [{ field: "groups[2].settings.backgroundNetworkServices[0]", message: expect.stringContaining("host:port") }] },
    });
    expect(await footprint([a.id, b.id])).toEqual(before);
  });

  it("rejects a bad dryRun value by name", async () => {
    const admin = await makeCaller("admin");
    await expect(importGroups(admin, { groups: [] }, { dryRun: "maybe" })).rejects.toMatchObject({ extra: { fields: [{ field: "dryRun" }] } });
  });
});
