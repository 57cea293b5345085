import type { DeviceTelemetry, DeviceWarning, EventSummary, GroupCauseStats, LockScreenPreview } from "@/lib/domain/diagnosis";
import type { CauseCode, InboxActivity, Outcome, Step } from "@/lib/domain/outcomes";
import type { Evaluation, RuleId } from "@/lib/domain/prerequisites/types";
import type { GroupSettings } from "@/lib/domain/settings";
import type { HelpdeskFinding } from "./no-policy-finding";

/** Response bodies of the helpdesk API (plain JSON; the page's hooks read these types). */

export type UserSearchHit = {
  id: string;
  displayName: string;
  email: string;
  upn: string;
  groupName: string | null;
  /** How the query matched: exact > prefix > word (start of a later word) > substring > similar (typo). */
  match: "exact" | "prefix" | "word" | "substring" | "similar";
};

export type UserSearchPage = { users: UserSearchHit[]; nextCursor: string | null };

/** A prerequisite rule that fails for one device, naming the offending value. */
export type FailingRuleView = { id: RuleId; title: string; detail: string };

/** This device alone, with the group's settings: does it get rich push, and if not, why not? */
export type DeviceVerdictView = {
  richPushSupported: boolean;
  /**
   * The failing rules (group settings and this device's facts), in rule order; empty when rich
   * push is supported, and when the group has no settings (no rule can pass or fail then).
   */
  failingRules: FailingRuleView[];
};

export type DeviceView = DeviceTelemetry &
  DeviceVerdictView & {
    observedAt: string;
    /** Worst first, each with its effect in plain words. */
    warnings: DeviceWarning[];
  };

export type GroupView = {
  id: string;
  name: string;
  description: string;
  /** Null when the group has no settings saved yet. */
  settings: GroupSettings | null;
  settingsVersion: number | null;
  settingsUpdatedAt: string | null;
};

export type UserOverview = {
  user: { id: string; upn: string; displayName: string; email: string; createdAt: string; updatedAt: string };
  group: GroupView | null;
  /** The group's settings evaluated with this user's device facts; null without settings. */
  evaluation: Evaluation | null;
  devices: DeviceView[];
  /** A sample mail drawn under the group's lock-screen policy; null without settings. */
  lockScreen: LockScreenPreview | null;
};

/** `fallback`: the last step showed "You have new mail" or a failure message instead of the mail. */
export type PathStepStatus = "ok" | "failed" | "not_reached" | "not_reported" | "fallback";

export type PathStepView = { step: Step; label: string; status: PathStepStatus; durationMs: number | null };

export type EventView = {
  id: string;
  /** Pass as `cursor` (older) or `after` (newer) to page from this event. */
  cursor: string;
  deviceId: string;
  occurredAt: string;
  receivedAt: string;
  outcome: Outcome;
  cause: CauseCode | null;
  failedStep: Step | null;
  /** The exact fallback text the user saw; null when the mail itself was shown (rich, sync). */
  message: string | null;
  /** With rich push: unread + new in the Exchange Inbox; without: the unread Inbox count for the sync period. */
  badgeCount: number | null;
  /** Sync events: mail arrival → shown, when the device reported it. */
  delayMs: number | null;
  /** The Inbox activity, when the device reported it. */
  activity: InboxActivity | null;
  /** Every step of the notification's path, in order, with what the device reported; empty for sync. */
  path: PathStepView[];
};

export type EventsPage = {
  events: EventView[];
  /** Older events remain: pass as `cursor`. */
  nextCursor: string | null;
  /** With `after`: more new events than one call returns; ask again from the newest. */
  moreNewer: boolean;
};

/** Sync notifications of one window: how many, how many reported their delay, and the median delay. */
export type SyncDelayView = { syncs: number; withDelay: number; medianDelayMs: number | null };

/** `rich_push`: unread + new in the Exchange Inbox; `sync`: the unread Inbox count for the sync period. */
export type BadgeMode = "rich_push" | "sync";

export type DeliverySummaryView = {
  /** Mail arrival → shown, for notifications posted after a background sync. */
  syncDelay: { last24h: SyncDelayView; last7d: SyncDelayView };
  /** The delivery mode of the event that reported the last badge count; null when none did. */
  lastBadgeMode: BadgeMode | null;
};

export type UserDiagnosis = {
  generatedAt: string;
  /** Most likely explanation first; never empty. */
  findings: HelpdeskFinding[];
  summary: EventSummary;
  /** Sync delays and the meaning of the last badge, over the same events as `summary`. */
  delivery: DeliverySummaryView;
  /** How many of the user's recent events the summary rests on, and whether older ones were left out. */
  eventsConsidered: number;
  eventsCapped: boolean;
  groupCauseStats: GroupCauseStats | null;
};
