import { parseTime } from "./time";
import type { Finding, Severity } from "./types";

/**
 * How findings rank, highest first. One table so the order can be read and argued about in one
 * place; every finding builder takes its priority from here.
 */
export const PRIORITY = {
  /** Many users in the group fail with one cause right now: the group is broken, not this user. */
  activeGroupBurst: 100,
  /** Nothing can reach the user: push off, network blocked, Mail Notifications or iOS permission off. */
  deliveryBlocked: 90,
  /** The user's own notifications fail with one cause in the last hours (a burst or most of the last day). */
  recentDominantCause: 80,
  /** A failing prerequisite rule rules out rich push: the root cause of counts-only or late notifications. */
  richPushUnsupported: 70,
  /** Without rich push, Low Power Mode stops delivery: the reference's "most common case". */
  deliveryAtRiskMostCommon: 61,
  /** Without rich push, Background App Refresh off stops delivery. */
  deliveryAtRisk: 60,
  /** No device has reported for this user. */
  noDevice: 55,
  /** A cause seen in the last 24 hours that does not dominate. */
  recentCause: 50,
  /** A field warning beyond the reference (push registration host). */
  configWarning: 40,
  /** All is well; only shown when no critical or warning finding exists, so it then leads. */
  allClear: 30,
  /** A cause seen only earlier in the week, or that rich notifications have followed since. */
  oldCause: 20,
  /** A rule that can only be settled on the user's device. */
  confirmPerUser: 15,
  /** A device fact that does not stop notifications (Low Power Mode with rich push). */
  deviceInfo: 10,
} as const;
export type PriorityName = keyof typeof PRIORITY;

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

function lastSeenMs(finding: Finding): number {
  return parseTime(finding.evidence.lastSeen) ?? Number.NEGATIVE_INFINITY;
}

/**
 * Most likely explanation first: by priority; then by severity; then the more recent evidence
 * (a burst this morning outranks the same priority last week); then by id, so equal inputs always
 * give the same order.
 */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      b.priority - a.priority ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      lastSeenMs(b) - lastSeenMs(a) ||
      a.id.localeCompare(b.id),
  );
}
