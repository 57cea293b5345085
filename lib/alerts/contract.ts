import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { resourceIdSchema } from "@/lib/contract/resource-id";
import { CAUSE_CODES } from "@/lib/domain/outcomes";
import { nameText } from "@/lib/domain/text";

/** Alert rules and alerts: shared by the Alerts page, the alerts API and its document. */

export const ALERT_RULE_KINDS = ["cause_rate", "verdict_flip"] as const;
export type AlertRuleKind = (typeof ALERT_RULE_KINDS)[number];
export const ALERT_STATES = ["firing", "resolved"] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** The longest window a rate rule may look back: a day of raw events, the most the group indexes serve quickly. */
export const MAX_WINDOW_MINUTES = 1_440;

/**
 * A cause's share of a group's notifications over the last `windowMinutes`. `minCount` is the
 * least number of notifications with that cause for the rule to fire: a share alone would fire
 * on 1 failure out of 1 notification at night. The default (10) is a handful of users' worth of
 * failures, small enough for a group of a few dozen members to alert.
 */
export const causeRateConfigSchema = z.strictObject({
  cause: z.enum(CAUSE_CODES as [string, ...string[]]).meta({ description: "The cause code counted" }),
  thresholdPercent: z.number().gt(0).max(100).meta({ description: "Fires when the cause's share is above this, in percent" }),
  windowMinutes: z.number().int().min(1).max(MAX_WINDOW_MINUTES),
  minCount: z.number().int().min(1).max(1_000_000).default(10).meta({ description: "Least notifications with the cause to fire" }),
});
export type CauseRateConfig = z.output<typeof causeRateConfigSchema>;

/** A flip has nothing to tune: it fires when a policy write takes rich push away from the group. */
export const verdictFlipConfigSchema = z.strictObject({});

const ruleFields = {
  name: nameText(100),
  groupId: z.guid().nullable().meta({ description: "The group watched; null watches every group" }),
};

export const alertRuleInputSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("cause_rate"), ...ruleFields, config: causeRateConfigSchema }),
    z.strictObject({ kind: z.literal("verdict_flip"), ...ruleFields, config: verdictFlipConfigSchema }),
  ])
  .meta({ id: "AlertRuleInput" });
export type AlertRuleInput = z.input<typeof alertRuleInputSchema>;
export type ParsedAlertRule = z.output<typeof alertRuleInputSchema>;

export const alertRuleSchema = z
  .strictObject({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(ALERT_RULE_KINDS),
    groupId: z.uuid().nullable(),
    groupName: z.string().nullable(),
    config: z.record(z.string(), z.unknown()).meta({ description: "The kind's settings (see AlertRuleInput)" }),
    firing: z.number().int().meta({ description: "Alerts of this rule firing now" }),
    createdByEmail: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "AlertRule" });
export type AlertRuleView = z.output<typeof alertRuleSchema>;

/** What a rate rule saw, at fire and at resolve. */
export const causeRateEvidenceSchema = z.strictObject({
  cause: z.string(),
  ratePercent: z.number().meta({ description: "The cause's share of the group's rich-path notifications, in percent" }),
  causeCount: z.number().int(),
  total: z.number().int().meta({ description: "Rich-path notifications of the group in the window (sync ones are not counted)" }),
  thresholdPercent: z.number(),
  minCount: z.number().int(),
  windowMinutes: z.number().int(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
});
export type CauseRateEvidence = z.output<typeof causeRateEvidenceSchema>;

/** The policy write that changed the verdict. */
export const verdictFlipEvidenceSchema = z.strictObject({
  richPushSupported: z.boolean(),
  action: z.string().meta({ examples: ["policy.update", "policy.import", "policy.revert"] }),
  fromVersion: z.number().int(),
  toVersion: z.number().int(),
  failingRules: z.array(z.string()),
  actorEmail: z.string().nullable(),
  at: z.iso.datetime(),
});
export type VerdictFlipEvidence = z.output<typeof verdictFlipEvidenceSchema>;

export const alertEvidenceSchema = z.union([causeRateEvidenceSchema, verdictFlipEvidenceSchema]).meta({ id: "AlertEvidence" });
export type AlertEvidence = z.output<typeof alertEvidenceSchema>;

export const alertSchema = z
  .strictObject({
    id: z.uuid(),
    ruleId: z.uuid(),
    ruleName: z.string(),
    kind: z.enum(ALERT_RULE_KINDS),
    groupId: z.uuid().nullable(),
    groupName: z.string().nullable(),
    state: z.enum(ALERT_STATES),
    summary: z.string(),
    evidence: alertEvidenceSchema.meta({ description: "The latest evidence: at firing, or at resolving once resolved" }),
    firedAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().nullable(),
    history: z.array(z.strictObject({ at: z.iso.datetime(), state: z.enum(ALERT_STATES), evidence: alertEvidenceSchema })),
  })
  .meta({ id: "Alert" });
export type AlertView = z.output<typeof alertSchema>;

export const alertsQuerySchema = z.object({
  state: z.enum(ALERT_STATES).optional().meta({ description: "Only alerts in this state" }),
});

export const evaluationSchema = z.strictObject({
  opened: z.number().int(),
  resolved: z.number().int(),
  firing: z.number().int().meta({ description: "Alerts firing after this evaluation" }),
});
export type EvaluationResult = z.output<typeof evaluationSchema>;

const tags = ["alerts"];
const read = { kind: "user", permission: "alert:read" } as const;
const manage = { kind: "user", permission: "alert:manage" } as const;
const ruleId = z.object({ id: resourceIdSchema("alert rule") });

export const alertsContract = {
  listRules: defineEndpoint({
    operationId: "listAlertRules",
    method: "GET",
    path: "/api/v1/alerts/rules",
    summary: "List alert rules",
    tags,
    access: read,
    responses: { 200: { description: "Every rule, by name", schema: z.strictObject({ rules: z.array(alertRuleSchema) }) } },
  }),
  createRule: defineEndpoint({
    operationId: "createAlertRule",
    method: "POST",
    path: "/api/v1/alerts/rules",
    summary: "Create an alert rule (audited as alert_rule.create)",
    tags,
    access: manage,
    body: { schema: alertRuleInputSchema, required: true },
    responses: { 201: { description: "Created; evaluated from the next minute on", schema: alertRuleSchema } },
  }),
  updateRule: defineEndpoint({
    operationId: "updateAlertRule",
    method: "PUT",
    path: "/api/v1/alerts/rules/{id}",
    summary: "Replace an alert rule (audited as alert_rule.update); its firing alerts are judged again by the next evaluation",
    tags,
    access: manage,
    params: ruleId,
    body: { schema: alertRuleInputSchema, required: true },
    responses: { 200: { description: "The rule as stored", schema: alertRuleSchema } },
  }),
  deleteRule: defineEndpoint({
    operationId: "deleteAlertRule",
    method: "DELETE",
    path: "/api/v1/alerts/rules/{id}",
    summary: "Delete an alert rule and its alerts with their history (audited as alert_rule.delete)",
    tags,
    access: manage,
    params: ruleId,
    responses: { 200: { description: "The deleted rule", schema: alertRuleSchema } },
  }),
  list: defineEndpoint({
    operationId: "listAlerts",
    method: "GET",
    path: "/api/v1/alerts",
    summary: "Alerts, firing first then newest, each with its history and evidence (the latest 200)",
    tags,
    access: read,
    query: alertsQuerySchema,
    responses: { 200: { description: "Alerts", schema: z.strictObject({ alerts: z.array(alertSchema) }) } },
  }),
  evaluate: defineEndpoint({
    operationId: "evaluateAlerts",
    method: "POST",
    path: "/api/v1/alerts/evaluate",
    summary: "Evaluate every rule now, as the minutely job does",
    description: "Opens and resolves alerts like the scheduled evaluation; two evaluations at once still open one alert per rule and group.",
    tags,
    access: manage,
    responses: { 200: { description: "What changed", schema: evaluationSchema } },
  }),
};
