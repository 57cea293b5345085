import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CAUSE_CODES, CAUSES, type CauseCode } from "@/lib/domain/outcomes";
import { evaluateForUser } from "@/lib/domain/prerequisites/device-verdict";
import type { RuleId } from "@/lib/domain/prerequisites/types";
import { isGroupWideCause } from "./cause-scope";
import { diagnoseUser, type UserDiagnosisInput } from "./diagnose-user";
import type { FindingId } from "./finding-id";
import { makeDevice, makeSettings, makeUser, minutesAgo, NOW } from "./test-factories";
import type { GroupCauseStat, NotificationEvent } from "./types";

/**
 * The lead finding against the agreed precedence (spec-lead-finding.md, "first that applies"),
 * written out here a second time, step by step, from the inputs alone.
 */
const HOUR = 60;
const DAY = 24 * HOUR;
const RICH_PUSH_RULES: RuleId[] = ["background-network-services", "lock-screen-notifications", "authentication", "intune-integration"];

function expectedLead(input: UserDiagnosisInput): FindingId {
  const nowMs = Date.parse(input.now);
  const fails = new Set(evaluateForUser(input.settings, input.devices).checks.filter((check) => check.status === "fail").map((check) => check.id));
  const ageMinutes = (iso: string) => (nowMs - Date.parse(iso)) / 60_000;
  const inDay = (event: NotificationEvent) => ageMinutes(event.occurredAt) >= 0 && ageMinutes(event.occurredAt) <= DAY;
  const withCause = (cause: CauseCode) => input.events.filter((event) => event.cause === cause && inDay(event));

  // 1, 2
  if (fails.has("push-notifications")) return "rule:push-notifications";
  if (fails.has("network-access")) return "rule:network-access";
  if (input.devices.some((device) => !device.iosNotificationsAllowed)) return "device:ios_notifications_not_allowed";
  if (input.devices.some((device) => !device.mailNotificationsEnabled)) return "device:mail_notifications_off";
  // 3: a burst of a group-wide cause, active, that hit this user.
  const stat = input.group?.causes[0];
  const burst =
    stat && isGroupWideCause(stat.cause) && stat.affectedUsers >= 3 && input.group!.groupTotal >= stat.count && stat.count / input.group!.groupTotal >= 0.25;
  const hit = burst && withCause(stat.cause).length > 0;
  if (hit && ageMinutes(stat.lastSeen) <= 6 * HOUR) return `group-burst:${stat.cause}`;
  // 4, 5
  const rule = RICH_PUSH_RULES.find((id) => fails.has(id));
  if (rule) return `rule:${rule}`;
  if (input.devices.some((device) => device.derivedCredentials)) return "device:derived_credentials";
  if (input.devices.length === 0) return "device:none";
  // 6: the user's own dominant cause (the generator gives each user at most one), unless a burst that hit them covers it.
  const own = input.events.find((event) => event.cause !== null)?.cause ?? null;
  const covered = hit && ageMinutes(stat.lastSeen) <= DAY && stat.cause === own;
  if (own && !covered) {
    const day = withCause(own).length;
    const recent = withCause(own).filter((event) => ageMinutes(event.occurredAt) <= 6 * HOUR).length;
    const richPathDay = input.events.filter(inDay).length;
    if (recent >= 3 || (day >= 2 && day / Math.max(richPathDay, 1) >= 0.5 && recent > 0)) return `events:${own}`;
  }
  // 7, 8, 9
  if (hit && ageMinutes(stat.lastSeen) <= DAY) return `group-burst:${stat.cause}`;
  if (own && !covered && withCause(own).length > 0) return `events:${own}`;
  return "all-clear";
}

const rarely = fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
const settings = fc
  .record({ pushOff: rarely, networkBlocked: rarely, ewsMissing: rarely, countOnly: rarely, modernAuth: rarely, intune: rarely })
  .map((bad) =>
    makeSettings({
      pushNotifications: !bad.pushOff,
      networkAccess: bad.networkBlocked ? "blocked" : "tunnel_to_internal_network",
      backgroundNetworkServices: bad.ewsMissing ? ["emea.pushreg.xm.citrix.com:443"] : ["mail.corp.example:443", "emea.pushreg.xm.citrix.com:443"],
      lockScreenNotifications: bad.countOnly ? "count_only" : "allow",
      authentication: bad.modernAuth ? "modern_auth_o365" : "password",
      intuneManaged: bad.intune,
    }),
  );
const device = fc.record({ iosOff: rarely, mailOff: rarely, derived: rarely, lowPowerMode: fc.boolean(), noRefresh: fc.boolean() });
/** Minutes ago: within the last 6 hours, the rest of the day, or earlier in the week. */
const when = fc.oneof(fc.integer({ min: 0, max: 6 * HOUR - 1 }), fc.integer({ min: 6 * HOUR + 1, max: DAY - 1 }), fc.integer({ min: DAY + 1, max: 7 * DAY - 1 }));
const stat = fc.record({
  cause: fc.constantFrom(...CAUSE_CODES),
  count: fc.integer({ min: 1, max: 300 }),
  extraTotal: fc.nat(900),
  affectedUsers: fc.nat(40),
  lastAgo: fc.integer({ min: 0, max: DAY - 2 }),
  span: fc.nat(10 * HOUR),
  /** Most statistics are about the user's own cause, so that bursts hit the user often. */
  ownCause: fc.boolean(),
});

const scenario = fc.record({
  settings,
  devices: fc.array(device, { maxLength: 2 }),
  rich: fc.array(fc.integer({ min: 0, max: DAY - 1 }), { maxLength: 12 }),
  own: fc.option(fc.record({ cause: fc.constantFrom(...CAUSE_CODES), times: fc.array(when, { minLength: 1, maxLength: 6 }) }), { nil: null }),
  stat: fc.option(stat, { nil: null }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function inputOf(generated: Scenario): UserDiagnosisInput {
  const devices = generated.devices.map((flags, index) =>
    makeDevice({
      id: `dev-${index}`,
      iosNotificationsAllowed: !flags.iosOff,
      mailNotificationsEnabled: !flags.mailOff,
      derivedCredentials: flags.derived,
      lowPowerMode: flags.lowPowerMode,
      backgroundAppRefresh: !flags.noRefresh,
    }),
  );
  let sequence = 0;
  const event = (minutes: number, cause: CauseCode | null): NotificationEvent => ({
    id: `e-${(sequence += 1)}`,
    deviceId: "dev-0",
    occurredAt: minutesAgo(minutes),
    outcome: cause ? CAUSES[cause].outcome : "rich",
    cause,
    failedStep: cause ? CAUSES[cause].steps[0] : null,
  });
  const events = [...generated.rich.map((minutes) => event(minutes, null)), ...(generated.own?.times ?? []).map((minutes) => event(minutes, generated.own!.cause))];

  const input: UserDiagnosisInput = { now: NOW, user: makeUser(), settings: generated.settings, devices, events, timeZone: "UTC" };
  const generatedStat = generated.stat;
  if (generatedStat) {
    const s = { ...generatedStat, cause: generatedStat.ownCause && generated.own ? generated.own.cause : generatedStat.cause };
    // Consistent statistics: a cause the user had in the window lies within the stat's first and last seen.
    const mine = events.filter((e) => e.cause === s.cause).map((e) => (Date.parse(NOW) - Date.parse(e.occurredAt)) / 60_000).filter((ago) => ago <= DAY);
    const lastAgo = Math.min(s.lastAgo, ...mine);
    const firstAgo = Math.max(lastAgo + s.span, ...mine);
    const cause: GroupCauseStat = { cause: s.cause, count: s.count, affectedUsers: s.affectedUsers, firstSeen: minutesAgo(firstAgo), lastSeen: minutesAgo(lastAgo) };
    input.group = { groupTotal: s.count + s.extraTotal, causes: [cause] };
  }
  return input;
}

describe("the lead finding follows the agreed precedence", () => {
  it("on any mix of failing rules, device facts, own causes and group bursts", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(scenario, (generated) => {
        const input = inputOf(generated);
        const expected = expectedLead(input);
        seen.add(expected.replace(/:.*$/, "") === "rule" || expected === "device:none" ? expected : expected.replace(/:[a-z_]+$/, ""));
        expect(diagnoseUser(input)[0]?.id).toBe(expected);
      }),
      { numRuns: 1500 },
    );
    // Every step of the precedence came up.
    for (const step of ["rule:push-notifications", "rule:network-access", "device", "group-burst", "rule:background-network-services", "rule:authentication", "device:none", "events", "all-clear"]) {
      expect(seen, step).toContain(step);
    }
  });

  it("between the user's own causes and the group's bursts, on a setup with rich push", () => {
    const healthy = scenario.map((generated) => ({ ...generated, settings: makeSettings(), devices: [{ iosOff: false, mailOff: false, derived: false, lowPowerMode: false, noRefresh: false }] }));
    const seen = new Set<string>();
    fc.assert(
      fc.property(healthy, (generated) => {
        const input = inputOf(generated);
        const expected = expectedLead(input);
        const ended = expected.startsWith("group-burst") && Date.parse(NOW) - Date.parse(input.group!.causes[0]!.lastSeen) > 6 * 3_600_000;
        seen.add(ended ? "ended burst" : expected.replace(/:.*$/, ""));
        expect(diagnoseUser(input)[0]?.id).toBe(expected);
      }),
      { numRuns: 1500 },
    );
    for (const step of ["group-burst", "ended burst", "events", "all-clear"]) expect(seen, step).toContain(step);
  });
});
