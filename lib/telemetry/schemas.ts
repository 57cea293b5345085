import { z } from "zod";
import { DELIVERY_DESCRIPTIONS } from "@/lib/contract/delivery-descriptions";
import {
  CAUSES,
  FAILURE_CAUSES,
  GENERIC_CAUSES,
  INBOX_ACTIVITIES,
  OUTCOMES,
  STEPS,
  isCauseValidFor,
  type CauseCode,
  type Outcome,
  type Step,
} from "@/lib/domain/outcomes";
import { isStorableText, nameText, storedText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/domain/text";

/**
 * Wire schemas of the telemetry ingestion API (POST /api/v1/ingest/events, PUT
 * /api/v1/ingest/devices/{id}, POST /api/v1/ingest/users). Shared by the API and the simulator.
 */

export const MAX_EVENTS_PER_BATCH = 1000;
export const MAX_USERS_PER_BATCH = 1000;
/** Longest step duration accepted: ten minutes; anything longer is a clock error, not a timing. */
export const MAX_STEP_DURATION_MS = 600_000;
/**
 * Longest sync delay accepted (mail arrival → shown): seven days. Without rich push iOS may not
 * wake the app for hours, and a device reports a missed mail only at its next sync; beyond a week
 * the mail has left the diagnosis window anyway, so a longer value is a clock error.
 */
export const MAX_SYNC_DELAY_MS = 7 * 86_400_000;

const isoDateTimeSchema = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" });

/** Device ids appear as a URL path segment, so they are kept to URL-safe characters. */
export const deviceIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, { error: "must contain only letters, digits, '.', '_', ':' or '-'" });

/** UPNs compare case-insensitively, so they are stored lower-case. */
export const upnSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .regex(/^[^\s@]+@[^\s@]+$/, { error: "must look like user@domain" })
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

const versionSchema = z.string().trim().regex(/^\d+(\.\d+){0,3}$/, { error: "must be a version like 18.2.1" });

export const stepTimingSchema = z.object({
  step: z.enum(STEPS),
  durationMs: z.int().min(0).max(MAX_STEP_DURATION_MS),
  ok: z.boolean(),
});
export type StepTiming = z.output<typeof stepTimingSchema>;

const causeCodeSchema = z.enum([...GENERIC_CAUSES, ...FAILURE_CAUSES]);

export const ingestEventSchema = z
  .object({
    id: storedText(100, { trim: false }).min(1).meta({ description: "Idempotency key: an id already stored is counted as a duplicate, never stored twice" }),
    deviceId: deviceIdSchema.meta({ description: "A device registered with PUT /api/v1/ingest/devices/{id}" }),
    occurredAt: isoDateTimeSchema.meta({ description: "From 2000-01-01 to one hour ahead of the server's clock" }),
    outcome: z.enum(OUTCOMES).meta({ description: DELIVERY_DESCRIPTIONS.outcome }),
    cause: causeCodeSchema.nullable().optional().meta({ description: DELIVERY_DESCRIPTIONS.cause }),
    failedStep: z
      .enum(STEPS)
      .nullable()
      .optional()
      .meta({
        description:
          "Absent for rich and sync; one of the cause's steps (channel_failed: gateway_connect or exchange_connect); when steps are given, it must appear there with ok: false. " +
          "Optional even for failures, since older app versions do not report it",
      }),
    steps: z.array(stepTimingSchema).max(STEPS.length).optional().meta({ description: "Per-step timings in path order; absent for sync (no push → EWS path)" }),
    delayMs: z.int().min(0).max(MAX_SYNC_DELAY_MS).optional().meta({ description: `${DELIVERY_DESCRIPTIONS.delayMs}; rejected on other outcomes` }),
    activity: z.enum(INBOX_ACTIVITIES).optional().meta({ description: DELIVERY_DESCRIPTIONS.activity }),
    badgeCount: z
      .int()
      .min(0)
      .max(1_000_000)
      .optional()
      .meta({ description: DELIVERY_DESCRIPTIONS.badgeCount }),
  })
  .superRefine((event, ctx) => {
    const causeProblem = describeCauseProblem(event.outcome, event.cause);
    if (causeProblem) ctx.addIssue({ code: "custom", path: ["cause"], message: causeProblem, input: event.cause });

    if (event.outcome === "sync") {
      checkSyncEvent(event, ctx);
      return;
    }
    if (event.delayMs !== undefined) {
      ctx.addIssue({ code: "custom", path: ["delayMs"], message: "delayMs is reported only for sync events; rich-path events report steps" });
    }
    if (event.outcome === "rich" && event.failedStep != null) {
      ctx.addIssue({ code: "custom", path: ["failedStep"], message: "failedStep must be absent when outcome is rich" });
    }
    if (event.failedStep != null && event.cause && isCauseValidFor(event.outcome, event.cause)) {
      checkFailedStepOfCause(event.cause, event.failedStep, ctx);
    }
    if (event.steps) checkSteps(event.steps, event.outcome, event.failedStep ?? null, ctx);
  });
export type IngestEvent = z.output<typeof ingestEventSchema>;

/** A sync notification was posted after a background sync: nothing was fetched on push, so there is no path. */
function checkSyncEvent(event: { failedStep?: Step | null; steps?: StepTiming[] }, ctx: z.RefinementCtx): void {
  if (event.failedStep != null) {
    ctx.addIssue({ code: "custom", path: ["failedStep"], message: "failedStep must be absent when outcome is sync (a sync has no push → EWS path)" });
  }
  if (event.steps !== undefined) {
    ctx.addIssue({ code: "custom", path: ["steps"], message: "steps must be absent when outcome is sync (a sync has no push → EWS path)" });
  }
}

function checkFailedStepOfCause(cause: CauseCode, failedStep: Step, ctx: z.RefinementCtx): void {
  const steps: readonly Step[] = CAUSES[cause].steps;
  if (steps.includes(failedStep)) return;
  ctx.addIssue({
    code: "custom",
    path: ["failedStep"],
    message: `failedStep "${failedStep}" does not fit cause "${cause}" (it arises at ${steps.join(" or ")})`,
  });
}

function describeCauseProblem(outcome: Outcome, cause: CauseCode | null | undefined): string | null {
  if (isCauseValidFor(outcome, cause)) return null;
  if (outcome === "rich" || outcome === "sync") return `cause must be absent when outcome is ${outcome} (got "${cause}")`;
  if (cause == null) return `cause is required when outcome is ${outcome}`;
  return `cause "${cause}" does not belong to outcome ${outcome}`;
}

function checkSteps(steps: StepTiming[], outcome: Outcome, failedStep: string | null, ctx: z.RefinementCtx): void {
  let previous = -1;
  steps.forEach((timing, index) => {
    const position = STEPS.indexOf(timing.step);
    if (position <= previous) {
      ctx.addIssue({
        code: "custom",
        path: ["steps", index, "step"],
        message: `steps must follow the path order (${STEPS.join(" → ")}) without repeats; "${timing.step}" is out of place`,
      });
    }
    previous = Math.max(previous, position);
    if (outcome === "rich" && !timing.ok) {
      ctx.addIssue({ code: "custom", path: ["steps", index, "ok"], message: "steps cannot contain a failed step when outcome is rich" });
    }
  });
  if (failedStep && !steps.some((timing) => timing.step === failedStep && !timing.ok)) {
    ctx.addIssue({
      code: "custom",
      path: ["failedStep"],
      message: `failedStep "${failedStep}" must appear in steps with ok: false`,
    });
  }
}

/** Body of POST /api/v1/ingest/events: events are validated one by one with `validateEvents`. */
export const ingestEventsBodySchema = z.object({
  events: z.array(z.unknown()).min(1).max(MAX_EVENTS_PER_BATCH),
});
export type IngestEventsBody = z.output<typeof ingestEventsBodySchema>;

export type EventRejection = { index: number; id?: string; reason: string; field?: string };

/** Validates each event on its own, so one bad event does not reject the batch. */
export function validateEvents(raw: unknown[]): { valid: IngestEvent[]; rejected: EventRejection[] } {
  const valid: IngestEvent[] = [];
  const rejected: EventRejection[] = [];
  raw.forEach((item, index) => {
    const parsed = ingestEventSchema.safeParse(item);
    if (parsed.success) {
      valid.push(parsed.data);
      return;
    }
    const first = parsed.error.issues[0];
    const field = first && first.path.length > 0 ? formatPath(first.path) : undefined;
    const rejection: EventRejection = { index, reason: parsed.error.issues.map(describeIssue).join("; ") };
    if (field) rejection.field = field;
    const id = idOf(item);
    if (id !== undefined) rejection.id = id;
    rejected.push(rejection);
  });
  return { valid, rejected };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("").replace(/^\./, "");
}

/** "field: message", unless the message already starts with the field's name. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.path.length === 0) return issue.message;
  const field = formatPath(issue.path);
  return issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`;
}

function idOf(item: unknown): string | undefined {
  if (typeof item !== "object" || item === null || !("id" in item)) return undefined;
  return typeof item.id === "string" ? item.id.slice(0, 100) : undefined;
}

/** Body of PUT /api/v1/ingest/devices/{id}: the device's facts as last observed (DESIGN.md §2.1). */
export const deviceSnapshotSchema = z.object({
  userUpn: upnSchema.meta({ description: "A directory user sent with POST /api/v1/ingest/users (case-insensitive)" }),
  model: storedText(100).min(1),
  iosVersion: versionSchema.meta({ examples: ["18.2"] }),
  appVersion: versionSchema.meta({ examples: ["24.9.0"] }),
  derivedCredentials: z.boolean(),
  mailNotificationsEnabled: z.boolean().meta({ description: "Secure Mail > Settings > Notifications > Mail Notifications" }),
  iosNotificationsAllowed: z.boolean(),
  backgroundAppRefresh: z.boolean(),
  lowPowerMode: z.boolean(),
  observedAt: isoDateTimeSchema.meta({ description: "When the device reported this state; at most one hour ahead of the server" }),
});
export type DeviceSnapshot = z.output<typeof deviceSnapshotSchema>;

export const MAX_DEVICES_PER_BATCH = 1000;

/** One entry of POST /api/v1/ingest/devices: a snapshot with the device's id. */
export const deviceBatchItemSchema = deviceSnapshotSchema.extend({ id: deviceIdSchema });
export type DeviceBatchItem = z.output<typeof deviceBatchItemSchema>;

/** Body of POST /api/v1/ingest/devices: snapshots are validated one by one, so one bad device does not reject the batch. */
export const deviceSnapshotsBodySchema = z.object({
  devices: z.array(z.unknown()).min(1).max(MAX_DEVICES_PER_BATCH),
});

export const directoryUserSchema = z.object({
  upn: upnSchema.meta({ description: "Stored lower-case; the upsert key" }),
  // From the customer's directory: Persian and Arabic names may carry joiners or direction marks, so only storability is checked.
  displayName: storedText(200).min(1),
  email: z.email({ error: "must be an email address" }),
  group: nameText(100).meta({ description: "Name of an existing delivery group whose policies apply to the user" }),
});
export type DirectoryUser = z.output<typeof directoryUserSchema>;

/**
 * Body of POST /api/v1/ingest/users. Users are checked one by one by the operation, so one
 * malformed user (or a UPN repeated in the batch) is rejected alone and the others are stored.
 */
export const directoryUsersBodySchema = z.object({
  users: z.array(z.unknown()).min(1).max(MAX_USERS_PER_BATCH),
});
export type DirectoryUsersBody = z.output<typeof directoryUsersBodySchema>;
