import "server-only";
import { db } from "@/lib/db/client";
import type { WindowCounts } from "./kinds/cause-rate";

export type GroupWindowCounts = WindowCounts & { groupId: string; groupName: string };

/**
 * Per group in the rule's scope (one group, or every group), its rich-path notifications in
 * (from, to] and how many of them carry `cause`. Sync notifications are left out of the base, as
 * in the helpdesk's group statistics: a cause only arises on the rich path, and a group's members
 * without rich push would otherwise dilute a burst.
 * Raw events, since windows are minutes: each count is an index-only range scan of one group's
 * window, all of notification_event_groupId_occurredAt_idx, sync from
 * notification_event_group_sync_idx, the cause from notification_event_group_cause_idx (which
 * carries the cause), so the cost follows the window's events, never the table's. EXPLAIN ANALYZE
 * on PostgreSQL (20 groups, 400,000 events over 30 days, generic plan): three Index Only Scans
 * per group, 0 heap fetches, no sequential scan of notification_event; hence no new index.
 */
export async function causeRateCounts(scope: { groupId: string | null; cause: string; from: Date; to: Date }): Promise<GroupWindowCounts[]> {
  const { groupId, cause, from, to } = scope;
  return db().$queryRaw<GroupWindowCounts[]>`
    SELECT g.id AS "groupId", g.name AS "groupName",
      ((SELECT count(*) FROM notification_event e
         WHERE e."groupId" = g.id AND e."occurredAt" > ${from} AND e."occurredAt" <= ${to})
       - (SELECT count(*) FROM notification_event e
         WHERE e."groupId" = g.id AND e."occurredAt" > ${from} AND e."occurredAt" <= ${to} AND e.outcome = 'sync'))::int AS total,
      (SELECT count(*) FROM notification_event e
         WHERE e."groupId" = g.id AND e."occurredAt" > ${from} AND e."occurredAt" <= ${to}
           AND e.cause IS NOT NULL AND e.cause = ${cause})::int AS "causeCount"
    FROM delivery_group g
    WHERE ${groupId}::uuid IS NULL OR g.id = ${groupId}::uuid`;
}
