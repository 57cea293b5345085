import { parseTime } from "./time";
import type { Finding, Severity } from "./types";

/**
 * How findings rank, highest first. One table so the order can be read and argued about in one
 * place; every finding builder takes its priority from here. The lead finding follows the
 * precedence agreed for issue 9 with the simulator's planted truth (spec-lead-finding.md, "first
 * that applies", steps 1–9 below): each step has a priority of its own above `allClear`, and
 * everything that may not lead ranks below it.
 */
export const PRIORITY = {
  // 1. A failing group rule that stops all delivery.
  /** Push notifications off: Secure Mail gets no push at all. */
  pushOff: 100,
  /** Network access blocked. */
  networkBlocked: 98,
  // 2. A device fact that blocks every notification on a device; outranks any group burst.
  iosNotificationsOff: 96,
  mailNotificationsOff: 94,
  // 3. An active burst of a group-wide cause that hit this user.
  activeGroupBurst: 90,
  // 4. Rich push ruled out: the first failing group rule, then derived credentials.
  richPushUnsupported: 80,
  /** Further failing group rules, after the one that leads. */
  richPushAlsoUnsupported: 79,
  derivedCredentials: 78,
  /** Without rich push, Low Power Mode stops delivery: the reference's "most common case". Never leads (a rule does). */
  deliveryAtRiskMostCommon: 66,
  /** Without rich push, Background App Refresh off stops delivery. Never leads (a rule does). */
  deliveryAtRisk: 65,
  // 5. No device has reported.
  noDevice: 60,
  // 6. The user's own dominant cause in the last hours.
  recentDominantCause: 55,
  // 7. A burst that ended within the last 24 hours and hit this user.
  endedGroupBurst: 50,
  // 8. Any other own cause in the last 24 hours.
  recentCause: 45,
  // 9. Nothing above applies. Added only then, so it leads.
  allClear: 30,
  /** A field warning beyond the reference (push registration host): not in the precedence, so below all clear. */
  configWarning: 25,
  /** A cause seen only earlier in the week. */
  oldCause: 20,
  /** A group burst that did not hit this user, or is long over: context, never the lead. */
  groupContext: 18,
  /** A rule that can only be settled on the user's device, which has not reported. */
  confirmPerUser: 15,
  /** A device fact that does not stop notifications (Low Power Mode with rich push). */
  deviceInfo: 10,
} as const;
export type PriorityName = keyof typeof PRIORITY;

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

function lastSeenMs(finding: Finding<string>): number {
  return parseTime(finding.evidence.lastSeen) ?? Number.NEGATIVE_INFINITY;
}

/** How many of the user's notifications of the last 24 hours the finding rests on (events findings). */
function weight(finding: Finding<string>): number {
  const count = finding.evidence.counts.last24h;
  return typeof count === "number" && Number.isFinite(count) ? count : 0;
}

/**
 * Most likely explanation first: by priority; then by severity; then the finding resting on more
 * of the last day's notifications (two dominant causes: the one that hit more often leads); then
 * the more recent evidence; then by id, so equal inputs always give the same order.
 */
export function rankFindings<F extends Finding<string>>(findings: readonly F[]): F[] {
  return [...findings].sort(
    (a, b) =>
      b.priority - a.priority ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      weight(b) - weight(a) ||
      lastSeenMs(b) - lastSeenMs(a) ||
      a.id.localeCompare(b.id),
  );
}
