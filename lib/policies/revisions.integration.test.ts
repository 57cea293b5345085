import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeCaller } from "@/test/support/factories";
import { getGroupRevision } from "./get-group-revision";
import { listGroupRevisions } from "./list-group-revisions";
import { revertGroupSettings } from "./revert-group-settings";
import { RICH_PUSH_SETTINGS, makeGroup } from "./testing/group-factory";
import { updateGroupSettings } from "./update-group-settings";

describe("revisions", () => {
  it("lists revisions newest first with what each changed, and shows one with its diff", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    await updateGroupSettings(admin, group.id, 1, { ...RICH_PUSH_SETTINGS, pushNotifications: false, comment: "off for now" });
    const auditor = await makeCaller("auditor");
    const revisions = await listGroupRevisions(auditor, group.id);
    expect(revisions.map((r) => [r.version, r.comment, r.changedFields])).toEqual([
      [2, "off for now", ["pushNotifications"]],
      [1, "Group created", []],
    ]);
    const detail = await getGroupRevision(auditor, group.id, revisions[0]!.id);
    expect(detail).toMatchObject({ version: 2, previousVersion: 1, changes: [{ field: "pushNotifications", before: true, after: false }] });
    expect(detail.snapshot).toEqual({ ...RICH_PUSH_SETTINGS, pushNotifications: false });
  });

  it("revert restores an old snapshot as a new revision and audits it", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    await updateGroupSettings(admin, group.id, 1, { ...RICH_PUSH_SETTINGS, networkAccess: "blocked" });
    const first = (await listGroupRevisions(admin, group.id)).find((r) => r.version === 1)!;

    const reverted = await revertGroupSettings(admin, group.id, first.id, 2, {});
    expect(reverted).toMatchObject({ version: 3, settings: RICH_PUSH_SETTINGS });
    const newest = await getGroupRevision(admin, group.id, (await listGroupRevisions(admin, group.id))[0]!.id);
    expect(newest).toMatchObject({ version: 3, comment: "Reverted to version 1", changes: [{ field: "networkAccess", before: "blocked", after: "tunnel_to_internal_network" }] });
    expect(newest.snapshot).toEqual((await getGroupRevision(admin, group.id, first.id)).snapshot);
    const audit = await db().auditEntry.findFirst({ where: { action: "policy.revert", targetId: group.id } });
    expect(audit?.details).toMatchObject({ revertedToVersion: 1, fromVersion: 2, toVersion: 3 });
  });

  it("a revert based on a stale version is refused and writes nothing", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    await updateGroupSettings(admin, group.id, 1, { ...RICH_PUSH_SETTINGS, pushNotifications: false });
    const first = (await listGroupRevisions(admin, group.id)).find((r) => r.version === 1)!;
    await expect(revertGroupSettings(admin, group.id, first.id, 1, {})).rejects.toMatchObject({ code: "precondition_failed" });
    expect(await db().groupRevision.count({ where: { groupId: group.id } })).toBe(2);
  });

  it("a revision of another group is not found", async () => {
    const admin = await makeCaller("admin");
    const mine = await makeGroup(admin);
    const other = await makeGroup(admin);
    const [otherRevision] = await listGroupRevisions(admin, other.id);
    await expect(getGroupRevision(admin, mine.id, otherRevision!.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(revertGroupSettings(admin, mine.id, otherRevision!.id, 1, {})).rejects.toMatchObject({ code: "not_found" });
  });
});
