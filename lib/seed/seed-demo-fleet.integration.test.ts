import { describe, expect, it, onTestFinished } from "vitest";
import { db } from "@/lib/db/client";
import { RICH_PUSH_SETTINGS } from "@/lib/domain/testing/rich-push-settings";
import { unique } from "@/lib/ingest/testing/ingest-fixtures";
import { demoPlantedTruth } from "./demo-fleet";
import { demoFleetGroups, seedDemoFleet } from "./seed-demo-fleet";

describe("seedDemoFleet", () => {
  it("skips when there are no groups", async () => {
    expect(await seedDemoFleet([])).toBeNull();
  });

  it("stores a simulated fleet in the demo groups, with the Sales incident and each group's verdict", async () => {
    // The simulator's incident is in the group named Sales; the name is freed again at the end.
    const existingSales = await db().deliveryGroup.findUnique({ where: { name: "Sales" }, select: { id: true, name: true } });
    const sales = existingSales ?? (await db().deliveryGroup.create({ data: { name: "Sales" }, select: { id: true, name: true } }));
    onTestFinished(async () => {
      if (!existingSales) await db().deliveryGroup.delete({ where: { id: sales.id } });
    });
    const engineering = await db().deliveryGroup.create({ data: { name: unique("Engineering") }, select: { id: true, name: true } });
    // Modern authentication: rich push unsupported, so this group's devices never show a rich notification.
    const modernAuth = await db().deliveryGroup.create({
      data: {
        name: unique("Modern auth"),
        settings: { create: { ...RICH_PUSH_SETTINGS, authentication: "modern_auth_o365" } },
      },
      select: { id: true, name: true },
    });
    const groups = [sales, engineering, modernAuth];
    const groupIds = groups.map((group) => group.id);

    const now = new Date();
    const counts = await seedDemoFleet(groups, now);
    expect(counts).not.toBeNull();
    expect(counts!.users).toBe(60);
    expect(counts!.devices).toBeGreaterThanOrEqual(60);
    expect(counts!.events).toBeGreaterThan(1_000);

    expect(await db().directoryUser.count({ where: { groupId: { in: groupIds } } })).toBe(60);
    // Devices are counted by their snapshot time: a namesake from another test may bring its own device along.
    expect(await db().device.count({ where: { observedAt: now, user: { groupId: { in: groupIds } } } })).toBe(counts!.devices);
    expect(await db().notificationEvent.count({ where: { groupId: { in: groupIds } } })).toBe(counts!.events);
    expect(await db().notificationEvent.count({ where: { groupId: sales.id, cause: "exchange_tls_failed" } })).toBeGreaterThan(0);
    // Without rich push the devices post sync notifications: never a cause, never the incident.
    expect(await db().notificationEvent.count({ where: { groupId: modernAuth.id, outcome: { not: "sync" } } })).toBe(0);
    expect(await db().notificationEvent.count({ where: { groupId: modernAuth.id } })).toBeGreaterThan(0);
    expect(await db().notificationEvent.count({ where: { groupId: modernAuth.id, NOT: { cause: null } } })).toBe(0);

    // The planted truth regenerates from the same groups and seeding time: one lead per stored user.
    const truth = demoPlantedTruth(await demoFleetGroups(groups), now);
    const stored = await db().directoryUser.findMany({ where: { groupId: { in: groupIds } }, select: { upn: true, group: { select: { id: true } } } });
    expect(new Set(truth.keys())).toEqual(new Set(stored.map((user) => user.upn)));
    const modernAuthUsers = stored.filter((user) => user.group?.id === modernAuth.id).map((user) => user.upn);
    expect(modernAuthUsers.length).toBeGreaterThan(0);
    const rulesOrDevices = new Set(["rule:authentication", "device:ios_notifications_not_allowed", "device:mail_notifications_off", "device:none"]);
    expect(modernAuthUsers.filter((upn) => !rulesOrDevices.has(truth.get(upn)!.findingId))).toEqual([]);
    expect(modernAuthUsers.map((upn) => truth.get(upn)!.findingId)).toContain("rule:authentication");
  });
});
