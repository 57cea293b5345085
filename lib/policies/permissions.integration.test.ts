import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeCaller } from "@/test/support/factories";
import { checkPrerequisites } from "./check-prerequisites";
import { createGroup } from "./create-group";
import { exportGroups } from "./export-groups";
import { getGroup } from "./get-group";
import { importGroups } from "./import-groups";
import { listGroupRevisions } from "./list-group-revisions";
import { listGroups } from "./list-groups";
import { patchGroupSettings } from "./patch-group-settings";
import { revertGroupSettings } from "./revert-group-settings";
import { RICH_PUSH_SETTINGS, makeGroup, uniqueGroupName } from "./testing/group-factory";
import { updateGroupSettings } from "./update-group-settings";

describe("policy permissions", () => {
  for (const role of ["helpdesk", "auditor"] as const) {
    it(`${role} reads groups but every write is forbidden and leaves the group as it was`, async () => {
      const admin = await makeCaller("admin");
      const group = await makeGroup(admin);
      const caller = await makeCaller(role);

      expect((await getGroup(caller, group.id)).version).toBe(1);
      expect((await listGroups(caller)).some((g) => g.id === group.id)).toBe(true);
      expect((await listGroupRevisions(caller, group.id)).length).toBe(1);
      expect((await exportGroups(caller)).groups.length).toBeGreaterThan(0);
      expect((await checkPrerequisites(caller, RICH_PUSH_SETTINGS)).richPushSupported).toBe(true);

      const [revision] = await listGroupRevisions(caller, group.id);
      const writes = [
        () => createGroup(caller, { name: uniqueGroupName() }),
        () => updateGroupSettings(caller, group.id, 1, { ...RICH_PUSH_SETTINGS, pushNotifications: false }),
        () => patchGroupSettings(caller, group.id, 1, { pushNotifications: false }),
        () => revertGroupSettings(caller, group.id, revision!.id, 1, {}),
        () => importGroups(caller, { groups: [] }, { dryRun: "true" }),
      ];
      for (const write of writes) await expect(write()).rejects.toMatchObject({ code: "forbidden", status: 403 });
      expect(await db().groupRevision.count({ where: { groupId: group.id } })).toBe(1);
    });
  }

  it("nobody signed in gets 401", async () => {
    await expect(listGroups(null)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
