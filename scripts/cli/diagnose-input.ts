import { z } from "zod";
import type { UserDiagnosisInput } from "@/lib/domain/diagnosis";
import { CAUSES, FAILURE_CAUSES, GENERIC_CAUSES, OUTCOMES, STEPS, isCauseValidFor } from "@/lib/domain/outcomes";
import { groupSettingsSchema } from "@/lib/domain/settings";
import { formatIssues } from "@/scripts/cli/format-issues";
import { parseJson, readJson, type TextSources } from "@/scripts/cli/read-source";

/**
 * The one JSON object `cli diagnose` reads: what the helpdesk API diagnoses from, without a
 * database. Every object is strict, so a misspelt field is an error rather than silently ignored.
 */

const isoTime = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time such as 2025-06-03T12:00:00Z" });
const name = z.string().trim().min(1, "must not be empty").max(200);
const causeSchema = z.enum([...GENERIC_CAUSES, ...FAILURE_CAUSES]);
const count = z.int().min(0);

const deviceSchema = z.strictObject({
  id: z.string().min(1, "must not be empty").max(100),
  model: z.string().max(100),
  iosVersion: z.string().max(40),
  appVersion: z.string().max(40),
  derivedCredentials: z.boolean(),
  mailNotificationsEnabled: z.boolean(),
  iosNotificationsAllowed: z.boolean(),
  backgroundAppRefresh: z.boolean(),
  lowPowerMode: z.boolean(),
  lastSeenAt: isoTime,
});

const eventSchema = z
  .strictObject({
    id: z.string().min(1, "must not be empty").max(100),
    deviceId: z.string().min(1, "must not be empty").max(100),
    occurredAt: isoTime,
    outcome: z.enum(OUTCOMES),
    cause: causeSchema.nullable(),
    failedStep: z.enum(STEPS).nullable(),
    /** Sync events: mail arrival → shown. */
    delayMs: count.nullable().optional(),
    badgeCount: count.nullable().optional(),
  })
  .superRefine((event, ctx) => {
    if (!isCauseValidFor(event.outcome, event.cause)) {
      const message =
        event.outcome === "rich" || event.outcome === "sync"
          ? `must be null when outcome is ${event.outcome}`
          : event.cause === null
            ? `is required when outcome is ${event.outcome}`
            : `"${event.cause}" does not belong to outcome ${event.outcome}`;
      ctx.addIssue({ code: "custom", path: ["cause"], message });
    }
    if ((event.outcome === "rich" || event.outcome === "sync") && event.failedStep !== null) {
      ctx.addIssue({ code: "custom", path: ["failedStep"], message: `must be null when outcome is ${event.outcome}` });
    }
    if (event.cause && event.failedStep && isCauseValidFor(event.outcome, event.cause) && !CAUSES[event.cause].steps.includes(event.failedStep)) {
      ctx.addIssue({ code: "custom", path: ["failedStep"], message: `"${event.failedStep}" does not fit cause ${event.cause} (it arises at ${CAUSES[event.cause].steps.join(" or ")})` });
    }
    if (event.outcome !== "sync" && event.delayMs != null) {
      ctx.addIssue({ code: "custom", path: ["delayMs"], message: "is reported only for sync events" });
    }
  });

const groupSchema = z.strictObject({
  /** The group's rich-path notifications in the window (sync ones left out), the base of a burst's share. */
  totalEvents: count,
  causes: z.array(
    z.strictObject({
      cause: causeSchema,
      count,
      affectedUsers: count,
      firstSeen: isoTime,
      lastSeen: isoTime,
      /**
       * Beyond the issue's format, optional: the group's rich-path notifications from firstSeen to
       * lastSeen, the base of a burst's share that the helpdesk uses; without it, totalEvents is.
       */
      totalSinceFirstSeen: count.optional(),
    }),
  ),
});

export const diagnoseInputSchema = z.strictObject({
  now: isoTime,
  user: z.strictObject({ displayName: name, groupName: name }),
  // The fields `cli check` takes, minus the device facts: those come with each device.
  settings: z.strictObject(groupSettingsSchema.shape),
  devices: z.array(deviceSchema).superRefine((devices, ctx) => {
    const seen = new Set<string>();
    devices.forEach((device, index) => {
      if (seen.has(device.id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: `"${device.id}" appears more than once` });
      seen.add(device.id);
    });
  }),
  events: z.array(eventSchema),
  group: groupSchema.optional(),
});
export type DiagnoseCliInput = z.input<typeof diagnoseInputSchema>;

export type DiagnoseLoadResult = { ok: true; input: UserDiagnosisInput } | { ok: false; errors: string[] };

function validate(raw: unknown): DiagnoseLoadResult {
  const result = diagnoseInputSchema.safeParse(raw);
  if (!result.success) return { ok: false, errors: formatIssues(result.error.issues, raw, "input") };
  const { group, ...rest } = result.data;
  // `group.totalEvents` is what the helpdesk's statistics call groupTotal.
  return { ok: true, input: { ...rest, ...(group ? { group: { groupTotal: group.totalEvents, causes: group.causes } } : {}) } };
}

/** Reads the diagnosis input from a file (or standard input for `-`) and validates it. */
export async function loadDiagnoseInput(source: string, sources: TextSources): Promise<DiagnoseLoadResult> {
  const read = await readJson(source, sources);
  return read.ok ? validate(read.raw) : read;
}

export function parseDiagnoseInput(text: string, sourceName = "input"): DiagnoseLoadResult {
  const read = parseJson(text, sourceName);
  return read.ok ? validate(read.raw) : read;
}

/** The CLI's JSON for a diagnosis input: the inverse of the mapping above, for pipelines and tests. */
export function toDiagnoseCliInput(input: UserDiagnosisInput): DiagnoseCliInput {
  return {
    now: input.now,
    user: { displayName: input.user.displayName, groupName: input.user.groupName },
    settings: input.settings,
    devices: input.devices,
    events: input.events.map((event) => ({
      id: event.id,
      deviceId: event.deviceId,
      occurredAt: event.occurredAt,
      outcome: event.outcome,
      cause: event.cause,
      failedStep: event.failedStep,
      ...(event.delayMs != null ? { delayMs: event.delayMs } : {}),
      ...(event.badgeCount != null ? { badgeCount: event.badgeCount } : {}),
    })),
    ...(input.group ? { group: { totalEvents: input.group.groupTotal, causes: input.group.causes.map((stat) => ({ ...stat })) } } : {}),
  };
}
