import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { AffectedCursor, AffectedSort } from "./cursor";
import type { DeviceFact } from "./device-fact";

/** What the SQL narrows events to: every field but the range is optional. */
export type AffectedFilter = {
  groupId?: string;
  cause?: string;
  outcome?: string;
  fact?: DeviceFact;
  from: Date;
  to: Date;
};

export type AffectedRow = {
  user_id: string;
  display_name: string;
  upn: string;
  group_id: string | null;
  group_name: string | null;
  count: number;
  last_at: Date;
  last_outcome: string;
  last_cause: string | null;
};

/**
 * The conditions on one event, aliased `e`. The group is the event's own (where it was counted),
 * so a user who moved groups appears under the group their notifications failed in. A device fact
 * is the device's current telemetry (the device table keeps the latest snapshot, not a history).
 */
function eventConditions(filter: AffectedFilter): Prisma.Sql {
  const conditions = [Prisma.sql`e."occurredAt" >= ${filter.from}`, Prisma.sql`e."occurredAt" < ${filter.to}`];
  if (filter.groupId) conditions.push(Prisma.sql`e."groupId" = ${filter.groupId}::uuid`);
  if (filter.outcome) conditions.push(Prisma.sql`e.outcome = ${filter.outcome}`);
  if (filter.cause) conditions.push(Prisma.sql`e.cause = ${filter.cause}`);
  if (filter.fact) {
    // The column name comes from the fixed list in device-fact.ts, never from the request.
    const column = Prisma.raw(`d."${filter.fact.name}"`);
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM device d WHERE d.id = e."deviceId" AND ${column} = ${filter.fact.value})`);
  }
  return Prisma.join(conditions, " AND ");
}

/** ORDER BY of each sort, over the aggregated columns; the user id breaks ties so the order is total. */
const ORDER: Record<AffectedSort, Prisma.Sql> = {
  count: Prisma.sql`count DESC, user_id ASC`,
  last: Prisma.sql`last_at DESC, user_id ASC`,
  name: Prisma.sql`display_name ASC, user_id ASC`,
};

/** Rows strictly after the cursor's row in that order. */
function afterCursor(cursor: AffectedCursor | undefined): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  const id = Prisma.sql`${cursor.userId}::uuid`;
  switch (cursor.sort) {
    case "count":
      return Prisma.sql`(count < ${cursor.key} OR (count = ${cursor.key} AND user_id > ${id}))`;
    case "last": {
      const at = new Date(cursor.key);
      return Prisma.sql`(last_at < ${at} OR (last_at = ${at} AND user_id > ${id}))`;
    }
    case "name":
      return Prisma.sql`(display_name > ${cursor.key} OR (display_name = ${cursor.key} AND user_id > ${id}))`;
  }
}

/**
 * One page of users with matching notifications, one row each. The aggregate runs over the range's
 * events (indexed by time, or by group and time); the latest matching event's outcome and cause
 * are looked up only for the rows of the page, each through the (userId, occurredAt, id) index.
 */
export function queryAffectedUsers(filter: AffectedFilter, sort: AffectedSort, cursor: AffectedCursor | undefined, take: number): Promise<AffectedRow[]> {
  const where = eventConditions(filter);
  return db().$queryRaw<AffectedRow[]>`
    WITH matching AS (
      SELECT e."userId" AS user_id, count(*)::int AS count, max(e."occurredAt") AS last_at
      FROM notification_event e
      WHERE ${where}
      GROUP BY e."userId"
    ), joined AS (
      SELECT m.user_id, m.count, m.last_at, u."displayName" AS display_name, u.upn, u."groupId" AS group_id
      FROM matching m JOIN directory_user u ON u.id = m.user_id
    ), page AS (
      SELECT * FROM joined WHERE ${afterCursor(cursor)} ORDER BY ${ORDER[sort]} LIMIT ${take}
    )
    SELECT page.user_id, page.display_name, page.upn, page.group_id, g.name AS group_name, page.count, page.last_at,
      latest.outcome AS last_outcome, latest.cause AS last_cause
    FROM page
    LEFT JOIN delivery_group g ON g.id = page.group_id
    JOIN LATERAL (
      SELECT e.outcome, e.cause FROM notification_event e
      WHERE e."userId" = page.user_id AND ${where}
      ORDER BY e."occurredAt" DESC, e.id DESC LIMIT 1
    ) latest ON TRUE
    ORDER BY ${ORDER[sort]}`;
}
