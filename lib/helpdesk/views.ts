import { z } from "zod";
import { DELIVERY_DESCRIPTIONS } from "@/lib/contract/delivery-descriptions";
import { CAUSE_CODES, INBOX_ACTIVITIES, OUTCOMES, STEPS } from "@/lib/domain/outcomes";
import { RULE_IDS } from "@/lib/domain/prerequisites/types";
import { groupSettingsSchema } from "@/lib/domain/settings";
import { evaluationSchema } from "@/lib/policies/views";
import {
  deviceTelemetrySchema,
  deviceWarningSchema,
  eventSummarySchema,
  findingSchema,
  groupCauseStatsSchema,
  lockScreenPreviewSchema,
} from "./diagnosis-schemas";

/** Response bodies of the helpdesk API: the route checks them, the document shows them, the page's hooks read them. */

export const searchMatchSchema = z
  .enum(["exact", "prefix", "word", "substring", "similar"])
  .meta({ description: "How the query matched, best first: exact > prefix > word (start of a later word) > substring > similar (typo)" });

export const userSearchHitSchema = z.strictObject({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  upn: z.string(),
  groupName: z.string().nullable(),
  match: searchMatchSchema,
});
export type UserSearchHit = z.output<typeof userSearchHitSchema>;

export const userSearchPageSchema = z.strictObject({
  users: z.array(userSearchHitSchema),
  nextCursor: z.string().nullable().meta({ description: "Null on the last page, or past 1,000 results" }),
});
export type UserSearchPage = z.output<typeof userSearchPageSchema>;

/** A prerequisite rule that fails for one device, naming the offending value. */
export const failingRuleSchema = z.strictObject({ id: z.enum(RULE_IDS).meta({ examples: ["derived-credentials"] }), title: z.string(), detail: z.string() });
export type FailingRuleView = z.output<typeof failingRuleSchema>;

/** This device alone, with the group's settings: does it get rich push, and if not, why not? */
export const deviceVerdictSchema = z.strictObject({
  richPushSupported: z.boolean().meta({ description: "This device alone, with the group's settings" }),
  failingRules: z.array(failingRuleSchema).meta({
    description:
      "The prerequisite rules that fail for this device (group settings and its facts), in rule order; why its notifications come after sync. Empty when rich push is supported or the group has no settings",
  }),
});
export type DeviceVerdictView = z.output<typeof deviceVerdictSchema>;

export const deviceViewSchema = deviceTelemetrySchema.extend({
  observedAt: z.iso.datetime(),
  ...deviceVerdictSchema.shape,
  warnings: z.array(deviceWarningSchema).meta({ description: "Worst first, each with its effect in plain words" }),
});
export type DeviceView = z.output<typeof deviceViewSchema>;

export const groupViewSchema = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  settings: groupSettingsSchema.nullable().meta({ description: "Null when the group has no settings saved yet" }),
  settingsVersion: z.int().nullable(),
  settingsUpdatedAt: z.iso.datetime().nullable(),
});
export type GroupView = z.output<typeof groupViewSchema>;

export const userOverviewSchema = z.strictObject({
  user: z.strictObject({ id: z.uuid(), upn: z.string(), displayName: z.string(), email: z.string(), createdAt: z.iso.datetime(), updatedAt: z.iso.datetime() }),
  group: groupViewSchema.nullable(),
  evaluation: evaluationSchema.nullable().meta({ description: "The group's settings evaluated with this user's device facts; null without settings" }),
  devices: z.array(deviceViewSchema),
  lockScreen: lockScreenPreviewSchema.nullable().meta({ description: "A sample mail drawn under the group's lock-screen policy; null without settings" }),
});
export type UserOverview = z.output<typeof userOverviewSchema>;

export const PATH_STEP_STATUSES = ["ok", "failed", "not_reached", "not_reported", "fallback"] as const;
/** `fallback`: the last step showed "You have new mail" or a failure message instead of the mail. */
export type PathStepStatus = (typeof PATH_STEP_STATUSES)[number];

export const pathStepSchema = z.strictObject({
  step: z.enum(STEPS),
  label: z.string(),
  status: z.enum(PATH_STEP_STATUSES).meta({ description: '`fallback`: the last step showed "You have new mail" or a failure message instead of the mail' }),
  durationMs: z.int().nullable(),
});
export type PathStepView = z.output<typeof pathStepSchema>;

export const eventViewSchema = z
  .strictObject({
    id: z.string(),
    cursor: z.string().meta({ description: "Pass as cursor (older) or after (newer) to page from this event" }),
    deviceId: z.string(),
    occurredAt: z.iso.datetime(),
    receivedAt: z.iso.datetime(),
    outcome: z.enum(OUTCOMES).meta({ description: DELIVERY_DESCRIPTIONS.outcome }),
    cause: z.enum(CAUSE_CODES).nullable().meta({ description: DELIVERY_DESCRIPTIONS.cause }),
    failedStep: z
      .enum(STEPS)
      .nullable()
      .meta({ description: "The step the device reported as failed; null for rich and sync, and when the device did not say (see path)" }),
    message: z.string().nullable().meta({ description: "The exact fallback text the user saw; null when the mail itself was shown (rich, sync)" }),
    badgeCount: z.int().nullable().meta({ description: DELIVERY_DESCRIPTIONS.badgeCount }),
    delayMs: z.int().nullable().meta({ description: `${DELIVERY_DESCRIPTIONS.delayMs}; null when not reported` }),
    activity: z.enum(INBOX_ACTIVITIES).nullable().meta({ description: DELIVERY_DESCRIPTIONS.activity }),
    path: z.array(pathStepSchema).meta({
      description:
        "Every step of the notification's path, in order, the failing one being the event's own failed step (else its cause's only step; " +
        "channel_failed without a reported step marks neither connection); empty for sync, which has no push → EWS path",
    }),
  })
  .meta({ id: "NotificationEventView" });
export type EventView = z.output<typeof eventViewSchema>;

export const eventsPageSchema = z.strictObject({
  events: z.array(eventViewSchema),
  nextCursor: z.string().nullable().meta({ description: "Older events remain: pass as cursor" }),
  moreNewer: z.boolean().meta({ description: "With after: more new events than one call returns; ask again from the newest" }),
});
export type EventsPage = z.output<typeof eventsPageSchema>;

/** Sync notifications of one window: how many, how many reported their delay, and the median delay. */
export const syncDelaySchema = z.strictObject({
  syncs: z.int().min(0).meta({ description: "Notifications after sync in the window" }),
  withDelay: z.int().min(0).meta({ description: "Of those, how many reported delayMs" }),
  medianDelayMs: z.int().nullable().meta({ description: "Median mail arrival → shown; null when none reported it" }),
});
export type SyncDelayView = z.output<typeof syncDelaySchema>;

/** `rich_push`: unread + new in the Exchange Inbox; `sync`: the unread Inbox count for the sync period. */
export const BADGE_MODES = ["rich_push", "sync"] as const;
export type BadgeMode = (typeof BADGE_MODES)[number];

export const deliverySummarySchema = z.strictObject({
  syncDelay: z
    .strictObject({ last24h: syncDelaySchema, last7d: syncDelaySchema })
    .meta({ description: "Mail arrival → shown, for notifications posted after a background sync" }),
  lastBadgeMode: z
    .enum(BADGE_MODES)
    .nullable()
    .meta({ description: "How to read lastBadgeCount: rich_push = unread + new in the Exchange Inbox; sync = the unread Inbox count for the sync period" }),
});
export type DeliverySummaryView = z.output<typeof deliverySummarySchema>;

export const userDiagnosisSchema = z.strictObject({
  generatedAt: z.iso.datetime(),
  findings: z.array(findingSchema).min(1).meta({ description: "Most likely explanation first; never empty" }),
  summary: eventSummarySchema.meta({
    description:
      "last24h, last7d (counts per outcome, sync included, and per cause of the rich-path fallbacks; lastRichAt, lastSyncAt), lastBadgeCount, lastBadgeAt, lastEventAt",
  }),
  delivery: deliverySummarySchema.meta({ description: "Sync delays and the meaning of the last badge, over the same events as summary" }),
  eventsConsidered: z.int().min(0).meta({ description: "How many of the user's recent events the summary rests on" }),
  eventsCapped: z.boolean().meta({ description: "Whether older events were left out" }),
  groupCauseStats: groupCauseStatsSchema.nullable(),
});
export type UserDiagnosis = z.output<typeof userDiagnosisSchema>;
