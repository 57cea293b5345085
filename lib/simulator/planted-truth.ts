import type { CauseCode } from "@/lib/domain/outcomes";
import { evaluate } from "@/lib/domain/prerequisites/evaluate";
import type { CheckStatus, RuleId } from "@/lib/domain/prerequisites/types";
import type { GroupSettings } from "@/lib/domain/settings";
import type { IngestEvent } from "@/lib/telemetry/schemas";
import { isGroupWideCause } from "@/lib/domain/diagnosis/cause-scope";
import { isDuring, type Burst } from "./bursts";
import { SUPPORTED_GROUP_SETTINGS } from "./delivery-context";
import { burstsOf, generateEvents, type EventsOptions } from "./events";
import type { FleetDevice } from "./fleet";
import { DAY_MS } from "./mail-arrivals";
import { leadFinding, ownCauseGroupOf, RECENT_MS, type OwnCauseTally, type PlantedTruth, type SeenBurst } from "./planted-truth-rules";

export type { PlantedTruth } from "./planted-truth-rules";

/**
 * The planted truth of a simulated fleet: per user, the one finding a helpdesk agent should be told
 * first (spec-lead-finding.md), from what the simulator knows — the group's settings, the device
 * facts and hidden traits, the incidents and which of the user's notifications each one changed —
 * never from diagnose(). Events are fed one by one as they are generated, and only counters are
 * kept, so a large fleet's truth costs little memory.
 */

/** What the events were generated from (`now` places the default incidents), and when the diagnosis is made. */
export type PlantedTruthOptions = Pick<EventsOptions, "fleet" | "groupSettings" | "bursts" | "now"> & {
  /** The windows (last 6 h, 24 h, 7 days) end here; `now` by default. */
  at?: Date;
};

/** The week the diagnosis reads: older events do not count. */
const WEEK_MS = 7 * DAY_MS;
/** A burst is group-wide when it hit at least this many users ("many users of the group"). */
export const BURST_MIN_USERS = 3;

type UserState = {
  upn: string;
  group: string;
  devices: FleetDevice[];
  total24h: number;
  causes24h: Set<CauseCode>;
  /** Own causes by cause group id, and what each burst changed by `#<burst index>`. */
  tallies: Map<string, OwnCauseTally>;
};
type BurstState = { burst: Burst; lastSeenMs: number; users: Set<string> };

export class PlantedTruthCollector {
  private readonly atMs: number;
  private readonly users = new Map<string, UserState>();
  private readonly deviceOwner = new Map<string, UserState>();
  private readonly bursts: BurstState[];
  private readonly groupSettings: Readonly<Record<string, GroupSettings>>;

  constructor(options: PlantedTruthOptions) {
    this.atMs = (options.at ?? options.now).getTime();
    this.groupSettings = options.groupSettings ?? {};
    // Device-state causes are never group-wide, however many devices show them: a "burst" of them stays each user's own.
    this.bursts = burstsOf(options)
      .filter((burst) => isGroupWideCause(burst.cause))
      .map((burst) => ({ burst, lastSeenMs: Number.NEGATIVE_INFINITY, users: new Set() }));
    for (const user of options.fleet.users) {
      this.users.set(user.upn, { upn: user.upn, group: user.group, devices: [], total24h: 0, causes24h: new Set(), tallies: new Map() });
    }
    for (const device of options.fleet.devices) {
      const owner = this.users.get(device.userUpn);
      if (!owner) continue;
      owner.devices.push(device);
      this.deviceOwner.set(device.id, owner);
    }
  }

  add(event: IngestEvent): void {
    const user = this.deviceOwner.get(event.deviceId);
    const ms = Date.parse(event.occurredAt);
    // The same windows as the diagnosis: [at - span, at]; events after `at` are not recent, they are wrong.
    if (!user || ms > this.atMs || ms < this.atMs - WEEK_MS) return;
    const inDay = ms >= this.atMs - DAY_MS;
    if (inDay) user.total24h += 1;
    const cause = event.cause;
    if (!cause) return;
    if (inDay) user.causes24h.add(cause);

    // A burst changed every notification of its group that reached its step while it lasted, to its cause.
    const burstIndex = this.bursts.findIndex(({ burst }) => burst.cause === cause && burst.group === user.group && isDuring(burst, ms));
    if (burstIndex >= 0 && inDay) {
      const seen = this.bursts[burstIndex]!;
      seen.lastSeenMs = Math.max(seen.lastSeenMs, ms);
      seen.users.add(user.upn);
    }
    const key = burstIndex >= 0 ? `#${burstIndex}` : ownCauseGroupOf(cause).id;
    let tally = user.tallies.get(key);
    if (!tally) {
      tally = { group: ownCauseGroupOf(cause), count6h: 0, count24h: 0, lastMs: ms, week: new Map(), day: new Map() };
      user.tallies.set(key, tally);
    }
    if (inDay) {
      tally.count24h += 1;
      tally.day.set(cause, (tally.day.get(cause) ?? 0) + 1);
    }
    if (ms >= this.atMs - RECENT_MS) tally.count6h += 1;
    tally.lastMs = Math.max(tally.lastMs, ms);
    tally.week.set(cause, (tally.week.get(cause) ?? 0) + 1);
  }

  /** The planted truth per user, by UPN. */
  result(): Map<string, PlantedTruth> {
    const groupBursts = new Map<string, SeenBurst[]>();
    const isGroupWide = ({ users, lastSeenMs }: BurstState) => users.size >= BURST_MIN_USERS && lastSeenMs >= this.atMs - DAY_MS;
    for (const state of this.bursts) {
      if (!isGroupWide(state)) continue;
      const list = groupBursts.get(state.burst.group) ?? [];
      list.push({ burst: state.burst, lastSeenMs: state.lastSeenMs, users: state.users.size });
      groupBursts.set(state.burst.group, list);
    }
    const checksByGroup = new Map<string, ReadonlyMap<RuleId, CheckStatus>>();
    const checksOf = (group: string) => {
      let checks = checksByGroup.get(group);
      if (!checks) {
        const evaluation = evaluate(this.groupSettings[group] ?? SUPPORTED_GROUP_SETTINGS);
        checks = new Map(evaluation.checks.map((check) => [check.id, check.status]));
        checksByGroup.set(group, checks);
      }
      return checks;
    };

    const truth = new Map<string, PlantedTruth>();
    for (const user of this.users.values()) {
      truth.set(
        user.upn,
        leadFinding(
          {
            groupName: user.group,
            groupChecks: checksOf(user.group),
            devices: user.devices,
            total24h: user.total24h,
            causes24h: user.causes24h,
            groupBursts: groupBursts.get(user.group) ?? [],
            own: this.ownTallies(user, isGroupWide),
          },
          this.atMs,
        ),
      );
    }
    return truth;
  }

  /** The user's own causes: what a burst too small to be group-wide changed counts as the user's own. */
  private ownTallies(user: UserState, isGroupWide: (state: BurstState) => boolean): OwnCauseTally[] {
    const own = new Map<string, OwnCauseTally>();
    for (const [key, tally] of user.tallies) {
      const burst = key.startsWith("#") ? this.bursts[Number(key.slice(1))] : undefined;
      if (burst && isGroupWide(burst)) continue;
      const seen = own.get(tally.group.id);
      own.set(tally.group.id, seen ? mergeTallies(seen, tally) : tally);
    }
    return [...own.values()];
  }
}

function mergeTallies(a: OwnCauseTally, b: OwnCauseTally): OwnCauseTally {
  const week = new Map(a.week);
  for (const [cause, count] of b.week) week.set(cause, (week.get(cause) ?? 0) + count);
  const day = new Map(a.day);
  for (const [cause, count] of b.day) day.set(cause, (day.get(cause) ?? 0) + count);
  return { group: a.group, count6h: a.count6h + b.count6h, count24h: a.count24h + b.count24h, lastMs: Math.max(a.lastMs, b.lastMs), week, day };
}

/**
 * The planted truth for a fleet and its events at `at` (the end of the generated period by
 * default). Without `events` they are generated from `options`, exactly as `generateEvents` does.
 */
export function plantedTruth(options: EventsOptions & { at?: Date }, events: Iterable<IngestEvent> = generateEvents(options)): Map<string, PlantedTruth> {
  const collector = new PlantedTruthCollector(options);
  for (const event of events) collector.add(event);
  return collector.result();
}
