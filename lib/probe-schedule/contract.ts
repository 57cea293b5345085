import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { resourceIdSchema } from "@/lib/contract/resource-id";

/** The scheduled connectivity check of a group: on by default, hourly. */

/**
 * 15 minutes at least: the tick runs every 5 minutes and checks at most 5 groups, so a shorter
 * interval would mostly promise checks the tick cannot keep; a day at most, so a certificate's
 * days to expiry are never older than a day.
 */
export const SCHEDULE_INTERVAL_MIN_MINUTES = 15;
export const SCHEDULE_INTERVAL_MAX_MINUTES = 24 * 60;
export const DEFAULT_PROBE_SCHEDULE = { enabled: true, intervalMinutes: 60 } as const;

export const probeScheduleBodySchema = z.strictObject({
  enabled: z.boolean().meta({ description: "Off: the group is not checked on a schedule (manual tests still run)" }),
  intervalMinutes: z
    .int()
    .min(SCHEDULE_INTERVAL_MIN_MINUTES)
    .max(SCHEDULE_INTERVAL_MAX_MINUTES)
    .meta({ description: `Minutes between scheduled checks (${SCHEDULE_INTERVAL_MIN_MINUTES}–${SCHEDULE_INTERVAL_MAX_MINUTES})` }),
});
export type ProbeScheduleInput = z.output<typeof probeScheduleBodySchema>;

export const probeScheduleViewSchema = probeScheduleBodySchema
  .extend({
    groupId: z.uuid(),
    isDefault: z.boolean().meta({ description: "True while nobody has saved a schedule for the group (on, hourly)" }),
    updatedAt: z.iso.datetime().nullable(),
    updatedByEmail: z.string().nullable(),
    lastScheduledRunAt: z.iso.datetime().nullable().meta({ description: "Start of the latest scheduled run, if any" }),
  })
  .meta({ id: "ProbeSchedule" });
export type ProbeScheduleView = z.output<typeof probeScheduleViewSchema>;

const tags = ["probes"];
const groupParams = z.object({ id: resourceIdSchema("delivery group") });

export const probeScheduleContract = {
  get: defineEndpoint({
    operationId: "getGroupProbeSchedule",
    method: "GET",
    path: "/api/v1/groups/{id}/probe-schedule",
    summary: "The group's scheduled connectivity check (default: on, hourly)",
    tags,
    access: { kind: "user", permission: "policy:read" },
    params: groupParams,
    responses: { 200: { description: "The schedule", schema: probeScheduleViewSchema } },
  }),
  replace: defineEndpoint({
    operationId: "replaceGroupProbeSchedule",
    method: "PUT",
    path: "/api/v1/groups/{id}/probe-schedule",
    summary: "Turn the group's scheduled connectivity check on or off and set its interval",
    description:
      "Scheduled runs test the same hosts as a manual run, with the public roots only (no extra CA bundle), and are stored " +
      "as probe runs with `trigger: scheduled`. Audited as `policy.check_schedule`.",
    tags,
    access: { kind: "user", permission: "policy:write" },
    params: groupParams,
    body: { schema: probeScheduleBodySchema, required: true, maxBytes: 1024 },
    responses: { 200: { description: "The saved schedule", schema: probeScheduleViewSchema } },
    errors: { 422: "Invalid input; `fields` names enabled or intervalMinutes" },
  }),
};
