import "server-only";
import { csvFileName, toCsv, type CsvColumn } from "@/components/ui/data-table/csv";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { parseOrThrow } from "@/lib/errors/app-error";
import { accountFilterSchema, matchesAccountFilter } from "./account-filter";
import type { AccountView } from "./contract";
import { listAccounts } from "./list-accounts";

export const ACCOUNTS_EXPORT_ACTION = "account.export";

const COLUMNS: readonly CsvColumn<AccountView>[] = [
  { header: "Id", value: (account) => account.id },
  { header: "Email", value: (account) => account.email },
  { header: "Name", value: (account) => account.name },
  { header: "Role", value: (account) => account.role },
  { header: "Status", value: (account) => (account.disabled ? "disabled" : "active") },
  { header: "Must change password", value: (account) => account.mustChangePassword },
  { header: "Sign-in methods", value: (account) => account.signInMethods.join(" ") },
  { header: "MFA", value: (account) => account.mfa },
  { header: "Last sign-in", value: (account) => account.lastSignInAt },
  { header: "Active sessions", value: (account) => account.activeSessions },
  { header: "Created", value: (account) => account.createdAt },
];

export type AccountsExport = { csv: string; fileName: string; rows: number; truncated: false };

/**
 * The accounts the table shows for these filters, by email, as CSV; audited on every call (a file
 * of the console's staff and their roles leaves the console). Never truncated: accounts are few,
 * and the list itself returns them all.
 */
export async function exportAccounts(caller: Caller | null, query: unknown, context: AuditContext = {}, now = new Date()): Promise<AccountsExport> {
  const admin = requirePermission(caller, "account:manage");
  const filter = parseOrThrow(accountFilterSchema, query);
  const accounts = (await listAccounts(admin)).filter((account) => matchesAccountFilter(account, filter));
  await recordAudit({
    actor: admin,
    action: ACCOUNTS_EXPORT_ACTION,
    targetType: "accounts",
    details: { query: filter.query ?? null, role: filter.role ?? null, status: filter.status ?? null, rows: accounts.length },
    context,
  });
  return { csv: toCsv(COLUMNS, accounts), fileName: csvFileName("accounts", now), rows: accounts.length, truncated: false };
}
