import "server-only";
import { db } from "@/lib/db/client";
import { DEFAULT_PROBE_SCHEDULE } from "./contract";
import { SCHEDULED_TRIGGER } from "./triggers";

/**
 * Groups whose scheduled check is due at `now`: they have settings (nothing to test otherwise),
 * their schedule is on (no row: the default, on), and their latest scheduled run started at least
 * one interval ago, or never. The longest-waiting first, so a backlog drains in order; `limit`
 * bounds one tick.
 */
export async function findDueGroupIds(now: Date, limit: number): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT g."id"::text AS id
    FROM "delivery_group" g
    JOIN "group_settings" s ON s."groupId" = g."id"
    LEFT JOIN "probe_schedule" ps ON ps."groupId" = g."id"
    LEFT JOIN LATERAL (
      SELECT max(r."startedAt") AS last_at FROM "probe_run" r
      WHERE r."groupId" = g."id" AND r."trigger" = ${SCHEDULED_TRIGGER}
    ) last ON true
    WHERE coalesce(ps."enabled", ${DEFAULT_PROBE_SCHEDULE.enabled})
      AND (last.last_at IS NULL
        OR last.last_at <= ${now}::timestamptz - make_interval(mins => coalesce(ps."intervalMinutes", ${DEFAULT_PROBE_SCHEDULE.intervalMinutes})::int))
    ORDER BY last.last_at ASC NULLS FIRST, g."id"
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}
