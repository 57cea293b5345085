import type { CauseCode, InboxActivity, Outcome, RichPathOutcome, Step } from "@/lib/domain/outcomes";
import type { Check, Evaluation, RuleId } from "@/lib/domain/prerequisites/types";
import type { GroupSettings, LockScreenPolicy } from "@/lib/domain/settings";
import type { FindingId } from "./finding-id";

/** Inputs and outputs of the helpdesk diagnosis (DESIGN.md §1 "Helpdesk", §2.3). */

/** `id` is for the caller's bookkeeping; the diagnosis names the user and the group only. */
export type DiagnosisUser = { id?: string; displayName: string; groupName: string };

/** What a device last reported about itself. */
export type DeviceTelemetry = {
  id: string;
  model: string;
  iosVersion: string;
  appVersion: string;
  derivedCredentials: boolean;
  mailNotificationsEnabled: boolean;
  iosNotificationsAllowed: boolean;
  backgroundAppRefresh: boolean;
  lowPowerMode: boolean;
  /** ISO time of the last report. */
  lastSeenAt: string;
};

/** What one device showed for one new mail. */
export type NotificationEvent = {
  id: string;
  deviceId: string;
  /** ISO time. */
  occurredAt: string;
  outcome: Outcome;
  cause: CauseCode | null;
  failedStep: Step | null;
  /** Sync events: mail arrival → shown. */
  delayMs?: number | null;
  activity?: InboxActivity | null;
  badgeCount?: number | null;
};

/** One cause across the user's whole group, in the window the caller chose (24 hours in the helpdesk). */
export type GroupCauseStat = {
  cause: CauseCode;
  count: number;
  affectedUsers: number;
  firstSeen: string;
  lastSeen: string;
  /**
   * The group's rich-path notifications (rich, generic, failure) from `firstSeen` to `lastSeen`
   * (the helpdesk counts from the minute of `firstSeen`). Optional: when given, it is the base of
   * the burst's share, so a two-hour outage is a burst though a twelfth of the day, and the
   * headline can say "every notification since …" truthfully; otherwise `groupTotal` is the base.
   */
  totalSinceFirstSeen?: number;
};

export type GroupCauseStats = {
  causes: GroupCauseStat[];
  /**
   * The group's rich-path notifications (rich, generic, failure) in the window. Sync
   * notifications are left out: a burst's share is of the notifications that took the rich path,
   * the only ones that can carry a cause.
   */
  groupTotal: number;
};

export type DiagnosisInput = {
  user: DiagnosisUser;
  /** The group's settings evaluated together with this user's device facts. */
  evaluation: Evaluation;
  settings: GroupSettings;
  devices: DeviceTelemetry[];
  /** Recent events of this user; order does not matter. */
  events: NotificationEvent[];
  groupCauseStats?: GroupCauseStats;
  /** ISO time the diagnosis is made at. */
  now: string;
  /** IANA zone for clock times in headlines ("Since 09:12"); UTC when absent or unknown. */
  timeZone?: string;
};

export const SEVERITIES = ["critical", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

// ---- device warnings -------------------------------------------------------------------------

export const DEVICE_WARNING_CODES = [
  "ios_notifications_not_allowed",
  "mail_notifications_off",
  "derived_credentials",
  "low_power_mode",
  "background_app_refresh_off",
] as const;
export type DeviceWarningCode = (typeof DEVICE_WARNING_CODES)[number];

export type DeviceWarning = {
  code: DeviceWarningCode;
  severity: Severity;
  title: string;
  /** What the setting does to notifications, in the reference's words. */
  effect: string;
  /** What to do, as far as the reference says. */
  remedy: string;
  /** Advice beyond the reference (field-guidance.ts), e.g. the iOS Settings path. */
  fieldGuidance?: string[];
  reference: string;
  /** The prerequisite rule this device fact settles, if any. */
  ruleId?: RuleId;
};

// ---- event summary ---------------------------------------------------------------------------

export type CauseCount = {
  cause: CauseCode;
  outcome: Exclude<RichPathOutcome, "rich">;
  count: number;
  firstSeen: string;
  lastSeen: string;
};

export type WindowSummary = {
  window: "24h" | "7d";
  /** ISO bounds, both inclusive. */
  from: string;
  to: string;
  total: number;
  rich: number;
  /** Shown after a background sync: the delivery mode without rich push. */
  sync: number;
  generic: number;
  failure: number;
  /** Generic or failure events that carry no known cause code. */
  withoutCause: number;
  /** Most frequent first. */
  causes: CauseCount[];
  lastRichAt: string | null;
  lastSyncAt: string | null;
};

export type EventSummary = {
  last24h: WindowSummary;
  last7d: WindowSummary;
  lastBadgeCount: number | null;
  lastBadgeAt: string | null;
  lastEventAt: string | null;
};

// ---- findings --------------------------------------------------------------------------------

export type FindingFamily = "rule" | "group-burst" | "events" | "device" | "all-clear";

export type FindingEvidence = {
  /** Named counts, e.g. { events: 6, ofNotifications: 8, last24h: 6 } or { group: 120, affectedUsers: 38 }. */
  counts: Record<string, number>;
  firstSeen: string | null;
  lastSeen: string | null;
  deviceIds: string[];
  /** Setting values and check details the finding rests on. */
  facts: Record<string, string | number | boolean | null>;
};

/**
 * One explanation. `Id` is a FindingId for every finding the diagnosis makes; the helpdesk adds
 * its own "no policy applies" findings with ids of their own.
 */
export type Finding<Id extends string = FindingId> = {
  /** Stable and exact (finding-id.ts), e.g. "rule:authentication", "group-burst:exchange_tls_failed". */
  id: Id;
  family: FindingFamily;
  severity: Severity;
  /** Ranking weight from PRIORITY (ranking.ts); higher comes first. */
  priority: number;
  /** One sentence the helpdesk can read out. */
  headline: string;
  explanation: string;
  /** What to do, as far as the reference says. */
  remedy: string;
  /** Advice beyond the reference (field-guidance.ts), shown under its own label. */
  fieldGuidance?: string[];
  evidence: FindingEvidence;
  cause?: CauseCode;
  ruleId?: RuleId;
  /**
   * The reference sentence the finding rests on, quoted; or, for a finding that rests on field
   * guidance alone, a text starting with FIELD_GUIDANCE_MARKER.
   */
  reference: string;
};

/** What the finding builders share: the input plus values derived once. */
export type DiagnosisContext = {
  input: DiagnosisInput;
  /** Null when `now` is not a valid time: time windows are then empty. */
  nowMs: number | null;
  timeZone: string;
  summary: EventSummary;
  /** Failing group-level rules (not the ones a device settles), in RULE_IDS order. */
  failingGroupChecks: Check[];
};

// ---- lock screen preview ---------------------------------------------------------------------

export type LockScreenSample = {
  sender: string;
  subject: string;
  preview: string;
  /** New messages to show when the policy allows only a count; 1 when absent. */
  count?: number;
};

export type LockScreenPreview = {
  policy: LockScreenPolicy;
  policyLabel: string;
  content: "full" | "sender" | "count" | "nothing";
  appName: string;
  sender: string | null;
  subject: string | null;
  preview: string | null;
  countText: string | null;
  /** When the notification reaches the lock screen. */
  timing: "on_arrival" | "after_sync" | "never";
  /** Whether this policy meets the lock-screen prerequisite of rich push. */
  meetsRichPushPrerequisite: boolean;
  notes: string[];
  reference: string;
};
