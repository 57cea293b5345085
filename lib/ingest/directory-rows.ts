import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import type { DirectoryUser } from "@/lib/telemetry/schemas";

/** The SQL of a directory sync; each function is one statement in the sync's transaction. */

export type StoredMembership = { id: string; upn: string; groupId: string | null; groupName: string | null };
export type UserRow = DirectoryUser & { groupId: string };

export async function findGroupIds(tx: Tx, names: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM delivery_group WHERE name = ANY(${names}::text[])`;
  return new Map(rows.map((row) => [row.name, row.id]));
}

/**
 * The users' current groups, locked until the sync commits so the audited "before" is the one
 * the upsert replaces. Locked in UPN order, as the upsert writes, so concurrent syncs cannot deadlock.
 */
export async function lockMemberships(tx: Tx, upns: readonly string[]): Promise<Map<string, StoredMembership>> {
  const rows = await tx.$queryRaw<StoredMembership[]>`
    SELECT u.id, u.upn, u."groupId", g.name AS "groupName"
    FROM directory_user u LEFT JOIN delivery_group g ON g.id = u."groupId"
    WHERE u.upn = ANY(${upns}::text[])
    ORDER BY u.upn
    FOR UPDATE OF u`;
  return new Map(rows.map((row) => [row.upn, row]));
}

/** Inserts new users and updates changed ones (unchanged rows are not rewritten); returns what was written. */
export async function upsertUsers(tx: Tx, users: readonly UserRow[]): Promise<{ id: string; upn: string; created: boolean }[]> {
  const sorted = [...users].sort((a, b) => (a.upn < b.upn ? -1 : a.upn > b.upn ? 1 : 0));
  return tx.$queryRaw`
    INSERT INTO directory_user (id, upn, "displayName", email, "groupId")
    SELECT * FROM unnest(
      ${sorted.map(() => randomUUID())}::uuid[],
      ${sorted.map((user) => user.upn)}::text[],
      ${sorted.map((user) => user.displayName)}::text[],
      ${sorted.map((user) => user.email)}::text[],
      ${sorted.map((user) => user.groupId)}::uuid[]
    )
    ON CONFLICT (upn) DO UPDATE SET
      "displayName" = EXCLUDED."displayName", email = EXCLUDED.email, "groupId" = EXCLUDED."groupId", "updatedAt" = now()
    WHERE (directory_user."displayName", directory_user.email, directory_user."groupId")
      IS DISTINCT FROM (EXCLUDED."displayName", EXCLUDED.email, EXCLUDED."groupId")
    RETURNING id, upn, (xmax = 0) AS created`;
}
