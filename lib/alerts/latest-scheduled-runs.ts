import "server-only";
import { db } from "@/lib/db/client";
import type { StoredProbeResult } from "@/lib/probe-runs/views";
import { SCHEDULED_TRIGGER } from "@/lib/probe-schedule/triggers";
import type { ScheduledRun } from "./kinds/certificate-expiry";

export type GroupScheduledRuns = { groupId: string; groupName: string; runs: ScheduledRun[] };

type Row = { groupId: string; groupName: string; id: string; startedAt: Date; result: unknown };

/**
 * Per group in the rule's scope (one group, or every group), its latest `limit` finished
 * scheduled checks, newest first; groups never checked on a schedule are left out. Finished means
 * a stored result: a run still going, or one the server never finished, is no check yet.
 * One LATERAL per group on probe_run_groupId_trigger_startedAt_idx, so the cost follows the
 * groups and `limit`, never the length of the run history.
 */
export async function latestScheduledRuns(scope: { groupId: string | null; limit: number }): Promise<GroupScheduledRuns[]> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT g.id::text AS "groupId", g.name AS "groupName", r.id::text AS id, r."startedAt", r.result
    FROM delivery_group g
    CROSS JOIN LATERAL (
      SELECT id, "startedAt", result FROM probe_run
      WHERE "groupId" = g.id AND trigger = ${SCHEDULED_TRIGGER} AND "finishedAt" IS NOT NULL AND result IS NOT NULL
      ORDER BY "startedAt" DESC, id DESC
      LIMIT ${scope.limit}
    ) r
    WHERE ${scope.groupId}::uuid IS NULL OR g.id = ${scope.groupId}::uuid
    ORDER BY g.id, r."startedAt" DESC, r.id DESC`;
  const groups = new Map<string, GroupScheduledRuns>();
  for (const row of rows) {
    const group = groups.get(row.groupId) ?? { groupId: row.groupId, groupName: row.groupName, runs: [] };
    // Written only by the probe runners, always in this shape (as toProbeRunView reads it).
    group.runs.push({ id: row.id, startedAt: row.startedAt, result: row.result as StoredProbeResult });
    groups.set(row.groupId, group);
  }
  return [...groups.values()];
}
