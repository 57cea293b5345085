import { z } from "zod";
import { sameType } from "@/lib/contract/same-type";
import { CAUSE_CODES, type CauseCode } from "@/lib/domain/outcomes";
import { PROBE_RUN_TRIGGERS } from "@/lib/probe-schedule/triggers";
import {
  FAILURE_REASONS,
  PROBE_KINDS,
  PROBE_STEP_NAMES,
  PROBE_STEP_STATUSES,
  type ProbeEvent,
  type ProbePolicy,
  type ProbeRun,
  type ProbeStep,
  type ProbeTarget,
  type TargetResult,
} from "@/lib/probes/types";

/**
 * Stored connectivity test runs and the lines of their NDJSON stream, as the API sends them and
 * the panel reads them. The probe library keeps its own types (lib/probes/types.ts); each schema
 * here is checked to stay equal to them.
 */




const hostPortSchema = z.strictObject({ host: z.string(), port: z.int() });

export const probeTargetSchema = z.strictObject({
  kind: z.enum(PROBE_KINDS),
  host: z.string(),
  port: z.int(),
  tunnelTo: hostPortSchema.optional().meta({ description: "Gateway only: the EWS host the SOCKS5 CONNECT asks for" }),
});
sameType<z.output<typeof probeTargetSchema>, ProbeTarget>(true);

const stepDataValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

export const probeStepSchema = z.strictObject({
  name: z.enum(PROBE_STEP_NAMES),
  status: z.enum(PROBE_STEP_STATUSES).meta({ description: "`refused`: not attempted for safety, e.g. a link-local or cloud metadata address" }),
  durationMs: z.number().min(0),
  detail: z.string().meta({ description: "One sentence naming the value observed" }),
  reason: z.enum(FAILURE_REASONS).nullable().meta({ description: "Set when status is failed or refused" }),
  data: z.record(z.string(), stepDataValue).meta({ description: "Facts observed, e.g. protocol, cipher, issuer, daysToExpiry for TLS" }),
});
sameType<z.output<typeof probeStepSchema>, ProbeStep>(true);

export const targetResultSchema = z.strictObject({
  target: probeTargetSchema,
  ok: z.boolean().meta({
    description:
      "Users get through this host: every step succeeded, or the only failure is a bad Exchange certificate that Accept all SSL certificates lets the app past (still reported on the tls step and in policyNote)",
  }),
  durationMs: z.number().min(0),
  steps: z.array(probeStepSchema),
  cause: z.enum(CAUSE_CODES as [CauseCode, ...CauseCode[]]).nullable().meta({ description: "The failure code users would see, or null" }),
  message: z.string().nullable().meta({ description: "The exact text users would see" }),
  remedy: z.string().nullable().meta({ description: "Advice beyond the reference starts with `(field guidance)`" }),
  policyNote: z.string().nullable().meta({ description: "How the group's policy changes what users get, e.g. Accept all SSL certificates" }),
  summary: z.string(),
});
sameType<z.output<typeof targetResultSchema>, TargetResult>(true);

const probeRunSchema = z.strictObject({
  startedAt: z.iso.datetime(),
  durationMs: z.number().min(0),
  budgetMs: z.int().meta({ description: "Each target's time budget (PROBE_BUDGET_MS)" }),
  ok: z.boolean(),
  results: z.array(targetResultSchema),
});
sameType<z.output<typeof probeRunSchema>, ProbeRun>(true);

/** One certificate of an uploaded CA bundle, as recorded with the run (the PEM itself is never stored). */
export const caBundleCertificateSchema = z.strictObject({ subject: z.string(), issuer: z.string(), validTo: z.iso.datetime(), fingerprint256: z.string() });
export type CaBundleCertificate = z.output<typeof caBundleCertificateSchema>;

const probePolicySchema = z.strictObject({ acceptAllSslCertificates: z.boolean() });
sameType<z.output<typeof probePolicySchema>, ProbePolicy>(true);

/** The JSON stored in ProbeRun.result: the probe library's run plus what shaped it. */
export const storedProbeResultSchema = probeRunSchema.extend({
  policy: probePolicySchema.meta({ description: "The group's policy at the time of the run (it decides the policy notes)" }),
  caBundle: z
    .strictObject({ certificates: z.array(caBundleCertificateSchema) })
    .nullable()
    .meta({ description: "The extra CA bundle sent with the request, described; null when none was sent" }),
});
export type StoredProbeResult = z.output<typeof storedProbeResultSchema>;

export const PROBE_RUN_STATUSES = ["running", "finished", "unfinished"] as const;
/** `unfinished`: no result was stored long after the start (the server stopped mid-run). */
export type ProbeRunStatus = (typeof PROBE_RUN_STATUSES)[number];

/** One host's certificate as a run saw it: tracked over runs, it shows the days to expiry going down. */
export const probeCertificateSchema = z.strictObject({
  kind: z.enum(PROBE_KINDS),
  host: z.string(),
  port: z.int(),
  validTo: z.iso.datetime(),
  daysToExpiry: z.int().meta({ description: "Whole days from the run's start to the certificate's notAfter; negative once expired" }),
});
export type ProbeCertificate = z.output<typeof probeCertificateSchema>;

export const probeRunViewSchema = z
  .strictObject({
    id: z.uuid(),
    groupId: z.uuid(),
    trigger: z.enum(PROBE_RUN_TRIGGERS).meta({ description: "`manual`: a person ran it; `scheduled`: the group's scheduled check" }),
    actorEmail: z.string().nullable().meta({ description: "Null for scheduled runs" }),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    status: z.enum(PROBE_RUN_STATUSES).meta({ description: "`unfinished`: no result five minutes after the start" }),
    ok: z.boolean().nullable().meta({ description: "Null until finished" }),
    causes: z.array(z.enum(CAUSE_CODES as [CauseCode, ...CauseCode[]])).meta({ description: "The distinct causes users would see, in target order" }),
    summary: z.string().meta({ description: "One line for lists" }),
    certificates: z.array(probeCertificateSchema).meta({ description: "Each TLS certificate the run received, with its days to expiry" }),
    result: storedProbeResultSchema.nullable(),
  })
  .meta({ id: "ProbeRun" });
export type ProbeRunView = z.output<typeof probeRunViewSchema>;

const probeEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("step_started"), targetIndex: z.int(), target: probeTargetSchema, step: z.enum(PROBE_STEP_NAMES) }),
  z.strictObject({ type: z.literal("step_finished"), targetIndex: z.int(), target: probeTargetSchema, step: probeStepSchema }),
  z.strictObject({ type: z.literal("target_finished"), targetIndex: z.int(), result: targetResultSchema }),
]);
sameType<z.output<typeof probeEventSchema>, ProbeEvent>(true);

/** One line of the `application/x-ndjson` answer to POST /api/v1/groups/{id}/probes. */
export const probeStreamEventSchema = z
  .discriminatedUnion("type", [
    z.strictObject({ type: z.literal("run_started"), runId: z.uuid(), targets: z.array(probeTargetSchema), budgetMs: z.int() }),
    ...probeEventSchema.options,
    z.strictObject({ type: z.literal("run_finished"), runId: z.uuid(), run: probeRunViewSchema }),
    z
      .strictObject({ type: z.literal("error"), error: z.strictObject({ code: z.string(), message: z.string() }) })
      .meta({ description: "The run failed after it started (e.g. its result could not be stored); the stream ends" }),
  ])
  .meta({ id: "ProbeStreamEvent", description: "One line of the NDJSON stream" });
export type ProbeStreamEvent = z.output<typeof probeStreamEventSchema>;

export type ProbeStreamListener = (event: ProbeStreamEvent) => void;
