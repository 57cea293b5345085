import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeCaller } from "@/test/support/factories";
import { getGroup } from "./get-group";
import { listGroups } from "./list-groups";
import { patchGroupSettings } from "./patch-group-settings";
import { RICH_PUSH_SETTINGS, makeGroup, uniqueGroupName } from "./testing/group-factory";
import { updateGroupSettings } from "./update-group-settings";
import { createGroup } from "./create-group";

describe("group settings", () => {
  it("creating a group stores version 1, its first revision and a policy.create audit entry", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    expect(group).toMatchObject({ version: 1, settings: RICH_PUSH_SETTINGS, updatedByEmail: admin.email, memberCount: 0 });
    expect(group.evaluation.richPushSupported).toBe(true);
    const revisions = await db().groupRevision.findMany({ where: { groupId: group.id } });
    expect(revisions.map((r) => r.version)).toEqual([1]);
    const audit = await db().auditEntry.findFirst({ where: { action: "policy.create", targetId: group.id } });
    expect(audit).toMatchObject({ actorEmail: admin.email, details: expect.objectContaining({ toVersion: 1 }) });
  });

  it("refuses a second group with the same name, naming the field", async () => {
    const admin = await makeCaller("admin");
    const name = uniqueGroupName();
    await makeGroup(admin, {}, name);
    await expect(createGroup(admin, { name })).rejects.toMatchObject({ code: "conflict", extra: { fields: [{ field: "name" }] } });
  });

  it("records the diff and comment of an update in the revision and the audit entry", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    const saved = await updateGroupSettings(admin, group.id, 1, { ...RICH_PUSH_SETTINGS, lockScreenNotifications: "count_only", comment: "trial" });
    expect(saved).toMatchObject({ version: 2, evaluation: { richPushSupported: false } });
    const revision = await db().groupRevision.findUnique({ where: { groupId_version: { groupId: group.id, version: 2 } } });
    expect(revision).toMatchObject({ comment: "trial", actorEmail: admin.email, snapshot: expect.objectContaining({ lockScreenNotifications: "count_only" }) });
    const audit = await db().auditEntry.findFirst({ where: { action: "policy.update", targetId: group.id } });
    expect(audit?.details).toMatchObject({ fromVersion: 1, toVersion: 2, comment: "trial", changes: [{ field: "lockScreenNotifications", before: "allow", after: "count_only" }] });
  });

  it("saving identical settings writes no revision", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    const saved = await updateGroupSettings(admin, group.id, 1, { ...RICH_PUSH_SETTINGS });
    expect(saved.version).toBe(1);
    expect(await db().groupRevision.count({ where: { groupId: group.id } })).toBe(1);
  });

  it("PATCH changes only the named settings, validates the result whole and refuses unknown keys", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin, { acceptAllSslCertificates: true });
    const patched = await patchGroupSettings(admin, group.id, 1, { pushNotifications: false });
    expect(patched.settings).toEqual({ ...RICH_PUSH_SETTINGS, acceptAllSslCertificates: true, pushNotifications: false });
    await expect(patchGroupSettings(admin, group.id, 2, { pushNotificationz: true })).rejects.toMatchObject({
      code: "validation_failed",
      extra: { fields: [{ field: "pushNotificationz" }] },
    });
    await expect(patchGroupSettings(admin, group.id, 2, { backgroundNetworkServices: ["ok.test.example:443", "nope"] })).rejects.toMatchObject({
      code: "validation_failed",
      extra: { fields: [{ field: "backgroundNetworkServices[1]" }] },
    });
    expect((await getGroup(admin, group.id)).version).toBe(2);
  });

  it("lists groups with their verdict, member count and last change", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin, { authentication: "modern_auth_o365" });
    const listed = (await listGroups(admin)).find((g) => g.id === group.id);
    expect(listed).toMatchObject({
      memberCount: 0,
      verdict: { richPushSupported: false, failing: 1, failingRules: ["authentication"] },
      lastChange: { version: 1, byEmail: admin.email },
    });
  });

  it("answers 404 for a group that does not exist or an id that is not a UUID", async () => {
    const admin = await makeCaller("admin");
    await expect(getGroup(admin, "6f1c1d2e-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "not_found" });
    await expect(getGroup(admin, "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
  });
});
