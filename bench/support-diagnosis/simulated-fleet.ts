import type { GroupSettings } from "@/lib/domain/settings";
import { GROUP_WINDOW_MS, type GroupStatsEvent } from "@/lib/helpdesk/group-cause-stats-from-events";
import { RECENT_WINDOW_MS, type RecentEventRow } from "@/lib/helpdesk/recent-events";
import { DEMO_GROUPS, demoGroupSettings } from "@/lib/seed/demo-groups";
import { generateEvents, type EventsOptions } from "@/lib/simulator/events";
import { generateFleet, type Fleet, type FleetDevice } from "@/lib/simulator/fleet";
import { PlantedTruthCollector, type PlantedTruth } from "@/lib/simulator/planted-truth";
import type { IngestEvent } from "@/lib/telemetry/schemas";

/**
 * A simulated fleet in the demo groups' settings, with what the console would have stored of it:
 * each user's events of the last week (as rows, the way they come back from the database) and each
 * group's events of the last day (for its cause statistics), plus the planted truth per user.
 */

export type SimulatedFleet = {
  fleet: Fleet;
  settingsByGroup: Readonly<Record<string, GroupSettings>>;
  devicesByUser: Map<string, FleetDevice[]>;
  rowsByUser: Map<string, RecentEventRow[]>;
  groupDayEvents: Map<string, GroupStatsEvent[]>;
  truth: Map<string, PlantedTruth>;
  events: number;
  ms: number;
};

export function simulateFleet({ users, days, seed }: { users: number; days: number; seed: number }, now: Date): SimulatedFleet {
  const start = performance.now();
  const settingsByGroup = demoGroupSettings();
  const fleet = generateFleet({ users, seed, groups: DEMO_GROUPS.map((group) => group.name) });
  const options: EventsOptions = { fleet, days, seed, now, groupSettings: settingsByGroup };
  const collector = new PlantedTruthCollector(options);

  const devicesByUser = new Map<string, FleetDevice[]>(fleet.users.map((user) => [user.upn, []]));
  const deviceById = new Map<string, FleetDevice>();
  for (const device of fleet.devices) {
    devicesByUser.get(device.userUpn)?.push(device);
    deviceById.set(device.id, device);
  }
  const rowsByUser = new Map<string, RecentEventRow[]>(fleet.users.map((user) => [user.upn, []]));
  const groupDayEvents = new Map<string, GroupStatsEvent[]>(fleet.groups.map((group) => [group, []]));

  let events = 0;
  const weekFrom = now.getTime() - RECENT_WINDOW_MS;
  const dayFrom = now.getTime() - GROUP_WINDOW_MS;
  for (const event of generateEvents(options)) {
    events += 1;
    collector.add(event);
    const device = deviceById.get(event.deviceId)!;
    const row = storedRow(event);
    const atMs = row.occurredAt.getTime();
    if (atMs > weekFrom) rowsByUser.get(device.userUpn)!.push(row);
    if (atMs > dayFrom) groupDayEvents.get(device.group)!.push({ userId: device.userUpn, occurredAtMs: atMs, outcome: row.outcome, cause: row.cause });
  }
  return { fleet, settingsByGroup, devicesByUser, rowsByUser, groupDayEvents, truth: collector.result(), events, ms: performance.now() - start };
}

/** The columns the diagnosis reads, as lib/ingest/store-events.ts stores them. */
function storedRow(event: IngestEvent): RecentEventRow {
  return {
    id: event.id,
    deviceId: event.deviceId,
    occurredAt: new Date(event.occurredAt),
    outcome: event.outcome,
    cause: event.cause ?? null,
    failedStep: event.failedStep ?? null,
    badgeCount: event.badgeCount ?? null,
    delayMs: event.delayMs ?? null,
    activity: event.activity ?? null,
  };
}
