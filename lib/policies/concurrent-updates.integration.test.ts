import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeCaller } from "@/test/support/factories";
import { getGroup } from "./get-group";
import { RICH_PUSH_SETTINGS, makeGroup } from "./testing/group-factory";
import { updateGroupSettings } from "./update-group-settings";
import { StaleVersionError } from "./version-conflict";
import { writeSettingsRevision } from "./write-settings-revision";

// The embedded server (no TEST_DATABASE_URL) multiplexes every connection onto one PGlite session
// and interleaves their protocol messages, which corrupts statements running side by side
// ("portal does not exist", wrong rows). There the 20 saves share one connection and still overlap
// in the application; on PostgreSQL they run on five connections and race in the database.
if (!process.env.TEST_DATABASE_URL) process.env.DATABASE_POOL_MAX = "1";

describe("optimistic concurrency", () => {
  it("of 20 concurrent updates on one version exactly one wins; the rest get precondition_failed and write nothing", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        updateGroupSettings(admin, group.id, 1, {
          ...RICH_PUSH_SETTINGS,
          backgroundNetworkServices: [...RICH_PUSH_SETTINGS.backgroundNetworkServices, `host-${i}.test.example:443`],
          comment: `attempt ${i}`,
        }),
      ),
    );
    const won = attempts.filter((a) => a.status === "fulfilled");
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const { reason } of lost) {
      expect(reason).toMatchObject({ code: "precondition_failed", extra: { details: { current: { version: 2, updatedByEmail: admin.email } } } });
    }
    expect(await db().groupRevision.count({ where: { groupId: group.id } })).toBe(2);
    expect(await db().auditEntry.count({ where: { action: "policy.update", targetId: group.id } })).toBe(1);
    const stored = await getGroup(admin, group.id);
    expect(stored.version).toBe(2);
    expect(stored.settings).toEqual((won[0] as PromiseFulfilledResult<typeof stored>).value.settings);
  });

  it("the version filter of the write itself refuses a stale version, even when the read before it was not stale", async () => {
    const admin = await makeCaller("admin");
    const group = await makeGroup(admin);
    await updateGroupSettings(admin, group.id, 1, { ...RICH_PUSH_SETTINGS, pushNotifications: false });
    // As if this writer had read version 1 just before the other save committed.
    const write = db().$transaction((tx) =>
      writeSettingsRevision(tx, {
        groupId: group.id,
        groupName: group.name,
        expectedVersion: 1,
        before: RICH_PUSH_SETTINGS,
        after: { ...RICH_PUSH_SETTINGS, intuneManaged: true },
        comment: null,
        action: "policy.update",
        actor: admin,
        context: {},
      }),
    );
    await expect(write).rejects.toBeInstanceOf(StaleVersionError);
    expect(await db().groupRevision.count({ where: { groupId: group.id } })).toBe(2);
    expect(await db().auditEntry.count({ where: { action: "policy.update", targetId: group.id } })).toBe(1);
    expect((await getGroup(admin, group.id)).settings.intuneManaged).toBe(false);
  });
});
