import { z } from "zod";
import { sameType } from "@/lib/contract/same-type";
import {
  DEVICE_WARNING_CODES,
  SEVERITIES,
  type DeviceTelemetry,
  type DeviceWarning,
  type EventSummary,
  type Finding,
  type GroupCauseStats,
  type LockScreenPreview,
} from "@/lib/domain/diagnosis";
import { CAUSE_CODES, RICH_PATH_OUTCOMES } from "@/lib/domain/outcomes";
import { RULE_IDS } from "@/lib/domain/prerequisites/types";
import { LOCK_SCREEN } from "@/lib/domain/settings";

/**
 * Wire schemas of the diagnosis engine's results. The engine (lib/domain/diagnosis) keeps its
 * hand-written types, since it computes them; each schema is proved equal to its type.
 */

const cause = z.enum(CAUSE_CODES);

export const deviceTelemetrySchema = z.strictObject({
  id: z.string(),
  model: z.string(),
  iosVersion: z.string(),
  appVersion: z.string(),
  derivedCredentials: z.boolean(),
  mailNotificationsEnabled: z.boolean(),
  iosNotificationsAllowed: z.boolean(),
  backgroundAppRefresh: z.boolean(),
  lowPowerMode: z.boolean(),
  lastSeenAt: z.iso.datetime().meta({ description: "Time of the device's last report" }),
});
sameType<z.output<typeof deviceTelemetrySchema>, DeviceTelemetry>(true);

export const deviceWarningSchema = z.strictObject({
  code: z.enum(DEVICE_WARNING_CODES),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  effect: z.string().meta({ description: "What the setting does to notifications, in the reference's words" }),
  remedy: z.string().meta({ description: "What to do, as far as the reference says" }),
  fieldGuidance: z.array(z.string()).optional().meta({ description: "Advice beyond the reference, e.g. the iOS Settings path" }),
  reference: z.string(),
  ruleId: z.enum(RULE_IDS).optional().meta({ description: "The prerequisite rule this device fact settles" }),
});
sameType<z.output<typeof deviceWarningSchema>, DeviceWarning>(true);

const causeCountSchema = z.strictObject({
  cause,
  outcome: z.enum(RICH_PATH_OUTCOMES.filter((outcome) => outcome !== "rich") as ["generic", "failure"]),
  count: z.int().min(0),
  firstSeen: z.iso.datetime(),
  lastSeen: z.iso.datetime(),
});

const windowSummarySchema = z.strictObject({
  window: z.enum(["24h", "7d"]),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  total: z.int().min(0),
  rich: z.int().min(0),
  sync: z.int().min(0).meta({ description: "Shown after a background sync: the delivery mode without rich push" }),
  generic: z.int().min(0),
  failure: z.int().min(0),
  withoutCause: z.int().min(0).meta({ description: "Generic or failure events that carry no known cause code" }),
  causes: z.array(causeCountSchema).meta({ description: "Most frequent first" }),
  lastRichAt: z.iso.datetime().nullable(),
  lastSyncAt: z.iso.datetime().nullable(),
});

export const eventSummarySchema = z.strictObject({
  last24h: windowSummarySchema,
  last7d: windowSummarySchema,
  lastBadgeCount: z.int().nullable(),
  lastBadgeAt: z.iso.datetime().nullable(),
  lastEventAt: z.iso.datetime().nullable(),
});
sameType<z.output<typeof eventSummarySchema>, EventSummary>(true);

export const groupCauseStatsSchema = z.strictObject({
  causes: z.array(
    z.strictObject({
      cause,
      count: z.int().min(0),
      affectedUsers: z.int().min(0),
      firstSeen: z.iso.datetime(),
      lastSeen: z.iso.datetime(),
      totalSinceFirstSeen: z.int().min(0).optional().meta({ description: "All notifications in the group from firstSeen on, any outcome" }),
    }),
  ),
  groupTotal: z.int().min(0).meta({ description: "All notifications in the group in the window, any outcome" }),
});
sameType<z.output<typeof groupCauseStatsSchema>, GroupCauseStats>(true);

export const findingSchema = z
  .strictObject({
    id: z.string().meta({
      description:
        "Stable and exact: rule:<rule id>, device:<code> (ios_notifications_not_allowed, mail_notifications_off, derived_credentials, low_power_mode, background_app_refresh_off), device:none, group-burst:<cause>, events:<cause> (the user's most common cause), all-clear; policy:no-group / policy:no-settings when no policy applies",
      examples: ["group-burst:exchange_tls_failed", "rule:authentication", "device:low_power_mode", "events:container_locked"],
    }),
    family: z.enum(["rule", "group-burst", "events", "device", "all-clear"]),
    severity: z.enum(SEVERITIES),
    priority: z.number().meta({ description: "Ranking weight; higher comes first" }),
    headline: z.string().meta({ description: "One sentence the helpdesk can read out" }),
    explanation: z.string(),
    remedy: z.string().meta({ description: "What to do, as far as the reference says; empty for a finding resting on field guidance alone" }),
    fieldGuidance: z
      .array(z.string())
      .optional()
      .meta({ description: "Advice beyond the vendor reference (iOS Settings paths, certificate checklists, the push registration host)" }),
    evidence: z.strictObject({
      counts: z.record(z.string(), z.number()).meta({ description: "Named counts, e.g. { events: 6, ofNotifications: 8, last24h: 6 }" }),
      firstSeen: z.iso.datetime().nullable(),
      lastSeen: z.iso.datetime().nullable(),
      deviceIds: z.array(z.string()),
      facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).meta({ description: "Setting values and check details the finding rests on" }),
    }),
    cause: cause.optional(),
    ruleId: z.enum(RULE_IDS).optional(),
    reference: z.string().meta({ description: "The reference sentence the finding rests on; field guidance beyond the reference starts with `(field guidance)`" }),
  })
  .meta({ id: "Finding" });
/** Any finding id: the diagnosis' own (FindingId) and the helpdesk's "no policy applies" ones. */
sameType<z.output<typeof findingSchema>, Finding<string>>(true);

export const lockScreenPreviewSchema = z.strictObject({
  policy: z.enum(LOCK_SCREEN),
  policyLabel: z.string(),
  content: z.enum(["full", "sender", "count", "nothing"]),
  appName: z.string(),
  sender: z.string().nullable(),
  subject: z.string().nullable(),
  preview: z.string().nullable(),
  countText: z.string().nullable(),
  timing: z.enum(["on_arrival", "after_sync", "never"]).meta({ description: "When the notification reaches the lock screen" }),
  meetsRichPushPrerequisite: z.boolean(),
  notes: z.array(z.string()),
  reference: z.string(),
});
sameType<z.output<typeof lockScreenPreviewSchema>, LockScreenPreview>(true);
