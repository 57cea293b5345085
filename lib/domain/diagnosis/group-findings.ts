import { CAUSES } from "@/lib/domain/outcomes";
import { causeGroupOf, referenceForCause, remedyForCause } from "./cause-explanations";
import { isKnownCause } from "./event-summary";
import { PRIORITY } from "./ranking";
import { describePeriod, parseTime, RECENT_BURST_MS, toIso } from "./time";
import type { DiagnosisContext, Finding, GroupCauseStat, NotificationEvent } from "./types";

/** Fewer users than this is one person's trouble, left to their own events. */
export const GROUP_WIDE_MIN_USERS = 3;
/** A recent cause this big a share of the group's notifications is a burst that outranks everything. */
export const GROUP_BURST_MIN_SHARE = 0.25;

/** "every notification for users in Sales", "120 of 150 notifications for 38 users in Sales". */
function quantityOf(stat: GroupCauseStat, base: number | null, groupName: string): { text: string; singular: boolean } {
  const users = `users in ${groupName}`;
  if (base !== null && stat.count === base) return { text: `every notification for ${users}`, singular: true };
  if (base !== null && stat.count / base >= 0.9) return { text: `almost every notification for ${users}`, singular: true };
  const of = base === null ? `${stat.count}` : `${stat.count} of ${base}`;
  return { text: `${of} notifications for ${stat.affectedUsers} ${users}`, singular: false };
}

function verbOf(stat: GroupCauseStat, ongoing: boolean, singular: boolean): string {
  if (CAUSES[stat.cause].outcome === "failure") {
    return `${ongoing ? (singular ? "fails" : "fail") : "failed"} with ${stat.cause}`;
  }
  return `${ongoing ? (singular ? "ends" : "end") : "ended"} in “You have new mail” with ${stat.cause}`;
}

function userEventsWith(events: readonly NotificationEvent[], stat: GroupCauseStat): NotificationEvent[] {
  return events.filter((event) => event?.cause === stat.cause);
}

function groupFinding(ctx: DiagnosisContext, stat: GroupCauseStat, firstMs: number, lastMs: number, nowMs: number): Finding {
  const { user, settings, groupCauseStats } = ctx.input;
  // The base the share is taken of must cover the count, or the data disagree and no share is claimed.
  const rawBase = stat.totalSinceFirstSeen ?? groupCauseStats?.groupTotal ?? null;
  const base = rawBase !== null && Number.isFinite(rawBase) && rawBase >= stat.count ? rawBase : null;
  const share = base === null ? 0 : stat.count / base;

  const period = describePeriod(firstMs, lastMs, nowMs, ctx.timeZone);
  const quantity = quantityOf(stat, base, user.groupName);
  const separator = /^\d/.test(quantity.text) ? ", " : " ";
  const headline = `${period.phrase}${separator}${quantity.text} ${verbOf(stat, period.ongoing, quantity.singular)}`;

  // A burst is recent and large; a recent small cause is worth a look; an old one is history.
  const recent = nowMs - lastMs <= RECENT_BURST_MS;
  const burst = recent && share >= GROUP_BURST_MIN_SHARE;
  const severity = burst ? "critical" : recent ? "warning" : "info";
  const priority = burst ? PRIORITY.activeGroupBurst : recent ? PRIORITY.recentCause : PRIORITY.oldCause;

  const info = CAUSES[stat.cause];
  const userEvents = userEventsWith(ctx.input.events ?? [], stat);
  const userCount24h = ctx.summary.last24h.causes.find((count) => count.cause === stat.cause)?.count ?? 0;
  const explanation = [
    info.cause,
    `${stat.count} notifications for ${stat.affectedUsers} users in ${user.groupName} ended this way.`,
    userCount24h > 0
      ? `${userCount24h} of them were ${user.displayName}'s, in the last 24 hours.`
      : `None of ${user.displayName}'s notifications in the last 24 hours did.`,
    `Users see the message “${info.message}”`,
    stat.cause === "exchange_tls_failed"
      ? `Accept all SSL certificates is ${settings.acceptAllSslCertificates ? "on" : "off"} for ${user.groupName}.`
      : "",
    "The cause is shared by the group, so it lies in the servers or the policy, not this user's device.",
  ]
    .filter(Boolean)
    .join(" ");

  const counts: Record<string, number> = { group: stat.count, affectedUsers: stat.affectedUsers, user24h: userCount24h };
  if (base !== null) counts.groupTotal = base;

  return {
    id: `group-burst:${stat.cause}`,
    family: "group-burst",
    severity,
    priority,
    headline,
    explanation,
    remedy: remedyForCause(stat.cause, settings, true),
    evidence: {
      counts,
      firstSeen: toIso(firstMs),
      lastSeen: toIso(lastMs),
      deviceIds: [...new Set(userEvents.map((event) => event.deviceId))],
      facts: {
        share: Math.round(share * 100) / 100,
        acceptAllSslCertificates: settings.acceptAllSslCertificates ?? false,
        ewsHost: settings.ewsHost,
        gateway: settings.gateway ?? null,
      },
    },
    cause: stat.cause,
    reference: referenceForCause(stat.cause, true),
  };
}

/** Causes that many users of the group share, from the group's statistics. */
export function groupFindings(ctx: DiagnosisContext): Finding[] {
  const stats = ctx.input.groupCauseStats;
  const nowMs = ctx.nowMs;
  if (!stats || nowMs === null) return [];
  // One finding per cause: should the statistics list a cause twice, the larger count stands.
  const byCause = new Map<string, GroupCauseStat>();
  for (const stat of stats.causes ?? []) {
    if (!isKnownCause(stat?.cause) || !(stat.affectedUsers >= GROUP_WIDE_MIN_USERS) || !(stat.count > 0)) continue;
    const seen = byCause.get(stat.cause);
    if (!seen || stat.count > seen.count) byCause.set(stat.cause, stat);
  }
  const findings: Finding[] = [];
  for (const stat of byCause.values()) {
    const firstMs = parseTime(stat.firstSeen);
    const lastMs = parseTime(stat.lastSeen);
    if (firstMs === null || lastMs === null || firstMs > nowMs) continue;
    findings.push(groupFinding(ctx, stat, firstMs, Math.min(Math.max(firstMs, lastMs), nowMs), nowMs));
  }
  return findings;
}

/** Cause groups a current group finding already explains, so the user's own events do not repeat them. */
export function causeGroupsCoveredBy(findings: readonly Finding[]): Set<string> {
  const covered = new Set<string>();
  for (const finding of findings) {
    if (finding.cause && finding.priority >= PRIORITY.recentCause) covered.add(causeGroupOf(finding.cause).id);
  }
  return covered;
}

/** Whether other users of the group share one of these causes. */
export function sharedByGroup(ctx: DiagnosisContext, causes: readonly string[]): boolean {
  return (ctx.input.groupCauseStats?.causes ?? []).some(
    (stat) => causes.includes(stat?.cause) && stat.affectedUsers >= GROUP_WIDE_MIN_USERS,
  );
}
