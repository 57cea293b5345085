import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import type { IngestUsersResponse } from "@/lib/telemetry/responses";
import { directoryUsersBodySchema } from "@/lib/telemetry/schemas";
import { findGroupIds, lockMemberships, upsertUsers, type UserRow } from "./directory-rows";
import { rejectNulCharacters } from "./storable-values";

export type DirectorySyncResult = IngestUsersResponse;
export type UserRejection = DirectorySyncResult["rejected"][number];

/**
 * POST /api/v1/ingest/users: upserts directory users by UPN. The delivery group is named, never
 * created here: groups carry policies an admin must set, so a user whose group does not exist is
 * rejected with its index and the others are stored. Group changes are audited in the same
 * transaction as the change.
 */
export async function syncDirectoryUsers(actor: Caller | null, body: unknown, context: AuditContext = {}): Promise<DirectorySyncResult> {
  const { users } = parseOrThrow(directoryUsersBodySchema, body);
  rejectNulCharacters({ users });

  return db().$transaction(
    async (tx) => {
      const groupIds = await findGroupIds(tx, [...new Set(users.map((user) => user.group))]);
      const rows: UserRow[] = [];
      const rejected: UserRejection[] = [];
      users.forEach((user, index) => {
        const groupId = groupIds.get(user.group);
        if (groupId) rows.push({ ...user, groupId });
        else rejected.push({ index, upn: user.upn, field: "group", reason: `group: no delivery group is named "${user.group}"; create it on the Policies page first` });
      });
      if (rows.length === 0) return { upserted: 0, created: 0, updated: 0, unchanged: 0, groupChanges: 0, rejected };

      const before = await lockMemberships(tx, rows.map((row) => row.upn));
      const written = await upsertUsers(tx, rows);
      const created = written.filter((row) => row.created).length;

      let groupChanges = 0;
      for (const row of rows) {
        const previous = before.get(row.upn);
        if (!previous || previous.groupId === row.groupId) continue;
        groupChanges += 1;
        await recordAudit(
          {
            actor,
            action: "directory.group_change",
            targetType: "directory_user",
            targetId: previous.id,
            details: { upn: row.upn, before: { groupId: previous.groupId, group: previous.groupName }, after: { groupId: row.groupId, group: row.group } },
            context,
          },
          tx,
        );
      }
      return { upserted: rows.length, created, updated: written.length - created, unchanged: rows.length - written.length, groupChanges, rejected };
    },
    { timeout: 30_000 },
  );
}
