import "server-only";
import { db } from "@/lib/db/client";
import type { MaskCount } from "./fact-combinations";

/**
 * Members of a group counted by the set of device-fact combinations their devices show (see
 * fact-combinations.ts). The database does the grouping, so at most 16 rows come back however
 * large the group is.
 */
export async function countMemberFactMasks(groupId: string): Promise<MaskCount[]> {
  const rows = await db().$queryRaw<{ mask: number; members: number }[]>`
    SELECT per_member.mask, COUNT(*)::int AS members
    FROM (
      SELECT u.id,
             COALESCE(BIT_OR(CASE WHEN d.id IS NULL THEN 0
                                  ELSE 1 << ((CASE WHEN d."mailNotificationsEnabled" THEN 2 ELSE 0 END)
                                           + (CASE WHEN d."derivedCredentials" THEN 1 ELSE 0 END)) END), 0)::int AS mask
      FROM directory_user u
      LEFT JOIN device d ON d."userId" = u.id
      WHERE u."groupId" = ${groupId}::uuid
      GROUP BY u.id
    ) AS per_member
    GROUP BY per_member.mask`;
  return rows.map((row) => ({ mask: Number(row.mask), members: Number(row.members) }));
}
