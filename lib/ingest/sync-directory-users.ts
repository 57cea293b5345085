import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import type { Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { isStorableText } from "@/lib/domain/text";
import type { IngestUsersResponse } from "@/lib/telemetry/responses";
import { describeIssue, directoryUserSchema, directoryUsersBodySchema, type DirectoryUser } from "@/lib/telemetry/schemas";
import { findGroupIds, lockMemberships, upsertUsers, type UserRow } from "./directory-rows";

export type DirectorySyncResult = IngestUsersResponse;
export type UserRejection = DirectorySyncResult["rejected"][number];

/**
 * POST /api/v1/ingest/users: upserts directory users by UPN. The delivery group is named, never
 * created here: groups carry policies an admin must set, so a user whose group does not exist is
 * rejected with its index and the others are stored. Group changes are audited in the same
 * transaction as the change.
 */
export async function syncDirectoryUsers(actor: Caller | null, body: unknown, context: AuditContext = {}): Promise<DirectorySyncResult> {
  const { users: raw } = parseOrThrow(directoryUsersBodySchema, body);
  const { users, rejected } = validateUsers(raw);

  return db().$transaction(
    async (tx) => {
      const groupIds = await findGroupIds(tx, [...new Set(users.map(({ user }) => user.group))]);
      const rows: UserRow[] = [];
      users.forEach(({ user, index }) => {
        const groupId = groupIds.get(user.group);
        if (groupId) rows.push({ ...user, groupId });
        else rejected.push({ index, upn: user.upn, field: "group", reason: `group: no delivery group is named "${user.group}"; create it on the Policies page first` });
      });
      rejected.sort((a, b) => a.index - b.index);
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

/**
 * Each user on its own: a malformed one (a NUL in its name, a bad email) or a UPN already seen in
 * the batch is rejected with its index and field, so one bad entry does not fail the other 999.
 */
function validateUsers(raw: unknown[]): { users: { user: DirectoryUser; index: number }[]; rejected: UserRejection[] } {
  const users: { user: DirectoryUser; index: number }[] = [];
  const rejected: UserRejection[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const parsed = directoryUserSchema.safeParse(item);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const upn = typeof item === "object" && item !== null && "upn" in item && typeof item.upn === "string" ? item.upn.slice(0, 320) : undefined;
      rejected.push({
        index,
        ...(upn !== undefined && isStorableText(upn) ? { upn } : {}),
        ...(first?.path.length ? { field: String(first.path[0]) } : {}),
        reason: parsed.error.issues.map(describeIssue).join("; "),
      });
      return;
    }
    const user = parsed.data;
    if (seen.has(user.upn)) rejected.push({ index, upn: user.upn, field: "upn", reason: `upn: "${user.upn}" appears more than once in this batch` });
    else users.push({ user, index });
    seen.add(user.upn);
  });
  return { users, rejected };
}
