import { z } from "zod";
import { CAUSE_CODES, INBOX_ACTIVITIES, OUTCOMES, STEPS } from "@/lib/domain/outcomes";
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

export const deviceViewSchema = deviceTelemetrySchema.extend({
  observedAt: z.iso.datetime(),
  richPushSupported: z.boolean().meta({ description: "This device alone, with the group's settings: does it get rich push?" }),
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
    outcome: z.enum(OUTCOMES),
    cause: z.enum(CAUSE_CODES).nullable(),
    failedStep: z.enum(STEPS).nullable(),
    message: z.string().nullable().meta({ description: "The exact fallback text the user saw; null when the mail itself was shown (rich, sync)" }),
    badgeCount: z.int().nullable().meta({ description: "With rich push: unread + new in the Exchange Inbox only; without: the unread Inbox count for the sync period" }),
    delayMs: z.int().nullable().meta({ description: "Sync events: mail arrival → shown, when the device reported it" }),
    activity: z.enum(INBOX_ACTIVITIES).nullable().meta({ description: "The Inbox activity, when the device reported it" }),
    path: z.array(pathStepSchema).meta({ description: "Every step of the notification's path, in order; empty for sync" }),
  })
  .meta({ id: "NotificationEventView" });
export type EventView = z.output<typeof eventViewSchema>;

export const eventsPageSchema = z.strictObject({
  events: z.array(eventViewSchema),
  nextCursor: z.string().nullable().meta({ description: "Older events remain: pass as cursor" }),
  moreNewer: z.boolean().meta({ description: "With after: more new events than one call returns; ask again from the newest" }),
});
export type EventsPage = z.output<typeof eventsPageSchema>;

export const userDiagnosisSchema = z.strictObject({
  generatedAt: z.iso.datetime(),
  findings: z.array(findingSchema).min(1).meta({ description: "Most likely explanation first; never empty" }),
  summary: eventSummarySchema,
  eventsConsidered: z.int().min(0).meta({ description: "How many of the user's recent events the summary rests on" }),
  eventsCapped: z.boolean().meta({ description: "Whether older events were left out" }),
  groupCauseStats: groupCauseStatsSchema.nullable(),
});
export type UserDiagnosis = z.output<typeof userDiagnosisSchema>;
