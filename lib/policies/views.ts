import { z } from "zod";
import { sameType } from "@/lib/contract/same-type";
import { CHECK_STATUSES, RULE_IDS, type Evaluation } from "@/lib/domain/prerequisites/types";
import { groupSettingsSchema, type GroupSettings } from "@/lib/domain/settings";
import { GROUPS_EXPORT_FORMAT } from "./schemas";

/**
 * Response bodies of the policy endpoints: what the operations return, the API sends and the
 * editor reads. The types are inferred, so the document, the route check and the UI share them.
 */

export type SettingKey = keyof GroupSettings;
export type SettingValue = GroupSettings[SettingKey];

const SETTING_KEYS = Object.keys(groupSettingsSchema.shape) as [SettingKey, ...SettingKey[]];
export const settingKeySchema = z.enum(SETTING_KEYS);
const settingValueSchema = z.custom<SettingValue>(() => true).meta({ description: "The setting's value, as in GroupSettings" });

/** One changed setting: `field: before → after`. */
export const settingChangeSchema = z.strictObject({ field: settingKeySchema, before: settingValueSchema, after: settingValueSchema }).meta({ id: "SettingChange" });
export type SettingChange = z.output<typeof settingChangeSchema>;

export const checkSchema = z.strictObject({
  id: z.enum(RULE_IDS),
  status: z.enum(CHECK_STATUSES).meta({ description: "unknown: settled per user (device facts), shown as confirm per user" }),
  title: z.string(),
  detail: z.string().meta({ description: "Names the offending value when the check does not pass" }),
  remediation: z.string(),
  reference: z.string().meta({ description: "The reference sentence the rule enforces; advice beyond the reference starts with `(field guidance)`" }),
  field: z.enum([...SETTING_KEYS, "mailNotificationsEnabled", "derivedCredentials"]).optional().meta({ description: "The settings field a failing check links to" }),
});

export const evaluationSchema = z
  .strictObject({
    richPushSupported: z.boolean(),
    checks: z.array(checkSchema),
    consequences: z.array(z.string()).meta({ description: "What users get instead when unsupported; when supported, what is unavailable" }),
  })
  .meta({ id: "Evaluation", description: "Every prerequisite rule's verdict on the settings" });
/** The domain's hand-written Evaluation must stay what the document says. */
sameType<z.output<typeof evaluationSchema>, Evaluation>(true);

export const evaluationSummarySchema = z.strictObject(Object.fromEntries(CHECK_STATUSES.map((status) => [status, z.int().min(0)])) as Record<(typeof CHECK_STATUSES)[number], z.ZodInt>);

/** A group's verdict at group level, as the list shows it. */
export const groupVerdictSchema = z.strictObject({
  richPushSupported: z.boolean(),
  failing: z.int().min(0),
  warnings: z.int().min(0),
  unknown: z.int().min(0).meta({ description: "Checks settled per user (device facts)" }),
  failingRules: z.array(z.enum(RULE_IDS)),
});
export type GroupVerdict = z.output<typeof groupVerdictSchema>;

export const groupSummarySchema = z
  .strictObject({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    memberCount: z.int().min(0),
    verdict: groupVerdictSchema,
    lastChange: z.strictObject({ version: z.int().min(0), byEmail: z.string().nullable(), at: z.iso.datetime() }),
  })
  .meta({ id: "GroupSummary" });
export type GroupSummaryView = z.output<typeof groupSummarySchema>;

export const groupDetailSchema = z
  .strictObject({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    memberCount: z.int().min(0),
    createdAt: z.iso.datetime(),
    version: z.int().min(1).meta({ description: "The settings version, also sent as the ETag" }),
    settings: groupSettingsSchema,
    updatedByEmail: z.string().nullable(),
    updatedAt: z.iso.datetime(),
    evaluation: evaluationSchema,
  })
  .meta({ id: "GroupDetail", description: "A group with its settings, version (also the ETag), last change and group-level evaluation" });
export type GroupDetailView = z.output<typeof groupDetailSchema>;

/** Sent with a 412 so the client can show who saved first and what they changed. */
export const versionConflictDetailsSchema = z.strictObject({
  current: z.strictObject({ version: z.int(), settings: groupSettingsSchema, updatedByEmail: z.string().nullable(), updatedAt: z.iso.datetime() }),
});
export type VersionConflictDetails = z.output<typeof versionConflictDetailsSchema>;

export const revisionSummarySchema = z
  .strictObject({
    id: z.uuid(),
    version: z.int().min(1),
    actorEmail: z.string().nullable(),
    createdAt: z.iso.datetime(),
    comment: z.string().nullable(),
    changedFields: z.array(settingKeySchema),
  })
  .meta({ id: "RevisionSummary" });
export type RevisionSummaryView = z.output<typeof revisionSummarySchema>;

export const revisionDetailSchema = revisionSummarySchema
  .extend({
    snapshot: groupSettingsSchema,
    previousVersion: z.int().nullable().meta({ description: "The revision this one is compared with; null for the first" }),
    changes: z.array(settingChangeSchema),
  })
  .meta({ id: "RevisionDetail" });
export type RevisionDetailView = z.output<typeof revisionDetailSchema>;

/** What a proposed settings change does to the group's members. */
export const impactSchema = z.strictObject({
  members: z.int().min(0),
  supportedNow: z.int().min(0),
  supportedAfter: z.int().min(0),
  stopWorking: z.int().min(0).meta({ description: "Members for whom rich push works now and would stop" }),
  startWorking: z.int().min(0).meta({ description: "Members for whom rich push does not work now and would start" }),
  whenLost: z.array(z.string()).meta({
    description:
      "What members who lose rich push get instead under the proposed settings: notifications after iOS wakes Secure Mail for a sync, the unread Inbox count for the sync period; empty when nobody loses it",
  }),
  whenGained: z
    .array(z.string())
    .meta({ description: "What changes for members who gain rich push: they no longer wait for a background sync; empty when nobody gains it" }),
});
export type ImpactView = z.output<typeof impactSchema>;

export const groupsExportFileSchema = z.strictObject({
  format: z.literal(GROUPS_EXPORT_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.iso.datetime(),
  groups: z.array(z.strictObject({ name: z.string(), description: z.string(), settings: groupSettingsSchema })),
});
export type GroupsExportFile = z.output<typeof groupsExportFileSchema>;

export const IMPORT_OUTCOMES = ["created", "updated", "unchanged"] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export const importGroupResultSchema = z.strictObject({
  name: z.string(),
  outcome: z.enum(IMPORT_OUTCOMES),
  changes: z.array(settingChangeSchema),
  description: z.strictObject({ before: z.string().nullable(), after: z.string() }).nullable(),
  groupId: z.uuid().nullable().meta({ description: "Set once written (real mode), and for existing groups" }),
  version: z.int().nullable(),
});
export type ImportGroupResult = z.output<typeof importGroupResultSchema>;

export const importResultSchema = z.strictObject({
  dryRun: z.boolean(),
  summary: z.strictObject({ created: z.int().min(0), updated: z.int().min(0), unchanged: z.int().min(0) }),
  groups: z.array(importGroupResultSchema),
});
export type ImportResultView = z.output<typeof importResultSchema>;

export const checkResultSchema = evaluationSchema.extend({ summary: evaluationSummarySchema.meta({ description: "How many checks ended in each status" }) });
