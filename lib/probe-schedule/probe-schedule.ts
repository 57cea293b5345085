import "server-only";
import type { ProbeSchedule as ProbeScheduleRow } from "@/generated/prisma/client";
import { actorFields, recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/errors/app-error";
import { findProbeGroup } from "@/lib/probe-runs/find-probe-group";
import { SCHEDULED_TRIGGER } from "@/lib/probe-schedule/triggers";
import { DEFAULT_PROBE_SCHEDULE, probeScheduleBodySchema, type ProbeScheduleView } from "./contract";

async function lastScheduledRunAt(groupId: string): Promise<string | null> {
  const last = await db().probeRun.findFirst({
    where: { groupId, trigger: SCHEDULED_TRIGGER },
    orderBy: { startedAt: "desc" },
    select: { startedAt: true },
  });
  return last?.startedAt.toISOString() ?? null;
}

async function toView(groupId: string, row: ProbeScheduleRow | null): Promise<ProbeScheduleView> {
  return {
    groupId,
    enabled: row?.enabled ?? DEFAULT_PROBE_SCHEDULE.enabled,
    intervalMinutes: row?.intervalMinutes ?? DEFAULT_PROBE_SCHEDULE.intervalMinutes,
    isDefault: row === null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedByEmail: row?.updatedByEmail ?? null,
    lastScheduledRunAt: await lastScheduledRunAt(groupId),
  };
}

/** The group's schedule, or the default (on, hourly) while none was saved. */
export async function getProbeSchedule(caller: Caller | null, groupId: string): Promise<ProbeScheduleView> {
  requirePermission(caller, "policy:read");
  const group = await findProbeGroup(groupId);
  const row = await db().probeSchedule.findUnique({ where: { groupId: group.id } });
  return toView(group.id, row);
}

/** Saves the schedule and audits the change (before and after) in the same transaction. */
export async function replaceProbeSchedule(caller: Caller | null, groupId: string, input: unknown, context: AuditContext): Promise<ProbeScheduleView> {
  const user = requirePermission(caller, "policy:write");
  const schedule = parseOrThrow(probeScheduleBodySchema, input);
  const group = await findProbeGroup(groupId);
  const row = await db().$transaction(async (tx) => {
    const before = await tx.probeSchedule.findUnique({ where: { groupId: group.id } });
    const data = { ...schedule, updatedAt: new Date(), updatedByEmail: actorFields(user).actorEmail };
    const saved = await tx.probeSchedule.upsert({ where: { groupId: group.id }, create: { groupId: group.id, ...data }, update: data });
    await recordAudit(
      {
        actor: user,
        action: "policy.check_schedule",
        targetType: "group",
        targetId: group.id,
        details: {
          groupName: group.name,
          before: before ? { enabled: before.enabled, intervalMinutes: before.intervalMinutes } : { ...DEFAULT_PROBE_SCHEDULE, isDefault: true },
          after: schedule,
        },
        context,
      },
      tx,
    );
    return saved;
  });
  return toView(group.id, row);
}
