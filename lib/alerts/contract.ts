import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { resourceIdSchema } from "@/lib/contract/resource-id";
import { CAUSE_CODES } from "@/lib/domain/outcomes";
import { nameText } from "@/lib/domain/text";
import { PROBE_KINDS } from "@/lib/probes/types";

/** Alert rules and alerts: shared by the Alerts page, the alerts API and its document. */

export const ALERT_RULE_KINDS = ["cause_rate", "verdict_flip", "certificate_expiry", "scheduled_check_failed"] as const;
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

/**
 * A certificate seen by a group's latest scheduled check that expires within `withinDays`. A
 * year at most: longer than any public certificate lives today, so a larger value would fire on
 * every certificate. The default (30) is the usual renewal window of an ACME or a CA's reminders.
 */
export const CERTIFICATE_EXPIRY_MAX_DAYS = 365;
export const certificateExpiryConfigSchema = z.strictObject({
  withinDays: z
    .int()
    .min(1)
    .max(CERTIFICATE_EXPIRY_MAX_DAYS)
    .default(30)
    .meta({ description: `Fires when a certificate expires within this many days (1–${CERTIFICATE_EXPIRY_MAX_DAYS})` }),
});
export type CertificateExpiryConfig = z.output<typeof certificateExpiryConfigSchema>;

/**
 * The group's latest scheduled checks failed `afterFailures` times in a row. 24 at most: a day
 * of hourly checks (the default interval); waiting longer is no alert any more.
 */
export const MAX_CONSECUTIVE_FAILURES = 24;
export const scheduledCheckFailedConfigSchema = z.strictObject({
  afterFailures: z
    .int()
    .min(1)
    .max(MAX_CONSECUTIVE_FAILURES)
    .default(1)
    .meta({ description: `Fires after this many failed scheduled checks in a row (1–${MAX_CONSECUTIVE_FAILURES})` }),
});
export type ScheduledCheckFailedConfig = z.output<typeof scheduledCheckFailedConfigSchema>;

const ruleFields = {
  name: nameText(100),
  groupId: z.guid().nullable().meta({ description: "The group watched; null watches every group" }),
};

export const alertRuleInputSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("cause_rate"), ...ruleFields, config: causeRateConfigSchema }),
    z.strictObject({ kind: z.literal("verdict_flip"), ...ruleFields, config: verdictFlipConfigSchema }),
    z.strictObject({ kind: z.literal("certificate_expiry"), ...ruleFields, config: certificateExpiryConfigSchema }),
    z.strictObject({ kind: z.literal("scheduled_check_failed"), ...ruleFields, config: scheduledCheckFailedConfigSchema }),
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

/** The certificate one host of the group served to its latest scheduled check. */
export const certificateExpiryEvidenceSchema = z.strictObject({
  targetKind: z.enum(PROBE_KINDS).meta({ description: "Which of the group's hosts: gateway, ews, activesync or push_registration" }),
  host: z.string(),
  port: z.int(),
  withinDays: z.int(),
  certificate: z
    .strictObject({
      subject: z.string(),
      validTo: z.iso.datetime(),
      daysLeft: z.int().meta({ description: "Whole days from the evaluation to validTo; negative once expired" }),
      fingerprint256: z.string().nullable(),
    })
    .nullable()
    .meta({ description: "Null when the latest scheduled check no longer contacts this host, or the rule no longer covers the group" }),
  runId: z.uuid().nullable().meta({ description: "The scheduled check that saw it" }),
  checkedAt: z.iso.datetime().nullable(),
});
export type CertificateExpiryEvidence = z.output<typeof certificateExpiryEvidenceSchema>;

/** One host that failed a scheduled check, in the probe step's own words. */
export const checkFailureSchema = z.strictObject({
  targetKind: z.enum(PROBE_KINDS),
  host: z.string(),
  port: z.int(),
  step: z.string().nullable().meta({ description: "The first step that failed or was refused (dns, tcp, tls, socks5, ews_request)" }),
  status: z.string().nullable().meta({ description: "failed or refused" }),
  reason: z.string().nullable(),
  detail: z.string().meta({ description: "The step's own detail sentence (or the host's summary when no step failed)" }),
  cause: z.string().nullable().meta({ description: "The cause code users would see, as the probe mapped it; null when none" }),
});
export type CheckFailure = z.output<typeof checkFailureSchema>;

/** The latest scheduled check of the group and the failures in a row it ends. */
export const scheduledCheckFailedEvidenceSchema = z.strictObject({
  runId: z.uuid().nullable(),
  checkedAt: z.iso.datetime().nullable(),
  passed: z.boolean().nullable().meta({ description: "Null when the rule no longer covers the group" }),
  consecutiveFailures: z.int(),
  afterFailures: z.int(),
  summary: z.string().meta({ description: "The run's one-line verdict, as the connectivity history shows it" }),
  failures: z.array(checkFailureSchema),
});
export type ScheduledCheckFailedEvidence = z.output<typeof scheduledCheckFailedEvidenceSchema>;

export const alertEvidenceSchema = z
  .union([causeRateEvidenceSchema, verdictFlipEvidenceSchema, certificateExpiryEvidenceSchema, scheduledCheckFailedEvidenceSchema])
  .meta({ id: "AlertEvidence" });
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
const RULE_422 = "Invalid input: error.fields names each field, e.g. config.withinDays, config.afterFailures or groupId";
const RULE_KINDS_TEXT =
  "Kinds: `cause_rate` (a cause's share of a group's notifications over a window), `verdict_flip` (a policy write takes rich push away), " +
  "`certificate_expiry` (a certificate seen by the group's latest scheduled check expires within `withinDays`; one alert per host:port; " +
  "a host that could not be reached changes nothing), `scheduled_check_failed` (the group's latest `afterFailures` scheduled checks failed; " +
  "the evidence quotes each failed host's step; resolves when a later scheduled check passes).";
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
    description: RULE_KINDS_TEXT,
    tags,
    access: manage,
    body: { schema: alertRuleInputSchema, required: true },
    responses: { 201: { description: "Created; evaluated from the next minute on", schema: alertRuleSchema } },
    errors: { 422: RULE_422 },
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
    errors: { 422: RULE_422 },
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
