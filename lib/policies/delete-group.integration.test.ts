import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeDirectoryUser } from "@/test/support/directory-factories";
import { makeCaller } from "@/test/support/factories";
import { deleteGroup } from "./delete-group";
import { getGroup } from "./get-group";
import { patchGroupSettings } from "./patch-group-settings";
import { makeGroup } from "./testing/group-factory";

describe("deleting a delivery group", () => {
  it("removes a group without members with its revisions, and the audit keeps its last settings", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    await patchGroupSettings(admin, group.id, 1, { pushNotifications: false });

    await deleteGroup(admin, group.id, {});

    await expect(getGroup(admin, group.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await db().groupRevision.count({ where: { groupId: group.id } })).toBe(0);
    const entry = await db().auditEntry.findFirstOrThrow({ where: { action: "policy.delete", targetId: group.id } });
    expect(entry.actorEmail).toBe(admin.email);
    expect(entry.details).toMatchObject({ group: group.name, fromVersion: 2, before: { pushNotifications: false }, after: null });
  });

  it("refuses a group with members, says how many and why, and changes nothing", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    await makeDirectoryUser(group.id);
    await makeDirectoryUser(group.id);

    const refused = deleteGroup(admin, group.id, {});
    await expect(refused).rejects.toMatchObject({ code: "conflict", status: 409, extra: { details: { members: 2 } } });
    await expect(refused).rejects.toThrow(/has 2 members\. Membership comes from the directory sync/);
    expect((await getGroup(admin, group.id)).version).toBe(1);
    expect(await db().auditEntry.count({ where: { action: "policy.delete", targetId: group.id } })).toBe(0);
  });

  it("is for admins only, and an unknown group is 404", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    for (const role of ["helpdesk", "auditor"] as const) {
      await expect(deleteGroup(await makeCaller(role), group.id, {})).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(deleteGroup(null, group.id, {})).rejects.toMatchObject({ code: "unauthenticated" });
    expect((await getGroup(admin, group.id)).id).toBe(group.id);
    await expect(deleteGroup(admin, "00000000-0000-4000-8000-000000000000", {})).rejects.toMatchObject({ code: "not_found" });
  });

  it("two deletes racing: one deletes, the other finds nothing", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    const results = await Promise.allSettled([deleteGroup(admin, group.id, {}), deleteGroup(admin, group.id, {})]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "not_found" } });
    expect(await db().auditEntry.count({ where: { action: "policy.delete", targetId: group.id } })).toBe(1);
  });
});
