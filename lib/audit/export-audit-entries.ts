import "server-only";
import { csvFileName, toCsv, type CsvColumn } from "@/components/ui/data-table/csv";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/errors/app-error";
import { auditWhere, toAuditEntryViews } from "./audit-rows";
import { AUDIT_EXPORT_MAX_ROWS, auditExportQuerySchema, type AuditEntryView } from "./contract";
import { recordAudit, type AuditContext } from "./record-audit";

export const AUDIT_EXPORT_ACTION = "audit.export";
const BATCH = 1_000;

const COLUMNS: readonly CsvColumn<AuditEntryView>[] = [
  { header: "Id", value: (entry) => entry.id },
  { header: "Time", value: (entry) => entry.at },
  { header: "Actor", value: (entry) => entry.actorEmail },
  { header: "Action", value: (entry) => entry.action },
  { header: "Target type", value: (entry) => entry.targetType },
  { header: "Target id", value: (entry) => entry.targetId },
  { header: "Target name", value: (entry) => entry.targetName },
  { header: "IP", value: (entry) => entry.ip },
  { header: "Request id", value: (entry) => entry.requestId },
  // The raw JSON, as the API gives it: a spreadsheet keeps it in one cell (csvCell quotes it).
  { header: "Details", value: (entry) => (entry.details === null || entry.details === undefined ? null : JSON.stringify(entry.details)) },
];

export type AuditExport = { csv: string; fileName: string; rows: number; truncated: boolean };

/**
 * The entries the log shows for these filters, newest first, as CSV. The log holds actors'
 * emails and addresses: each export is recorded (after the rows are read, so a file never holds
 * the entry of its own export).
 */
export async function exportAuditEntries(caller: Caller | null, query: unknown, context: AuditContext = {}, now = new Date()): Promise<AuditExport> {
  const reader = requirePermission(caller, "audit:read");
  const filter = parseOrThrow(auditExportQuerySchema, query);
  const entries: AuditEntryView[] = [];
  let olderThan: bigint | undefined;
  let more = true;
  while (more && entries.length < AUDIT_EXPORT_MAX_ROWS) {
    const take = Math.min(BATCH, AUDIT_EXPORT_MAX_ROWS - entries.length);
    const batch = await db().auditEntry.findMany({ where: auditWhere(filter, olderThan), orderBy: { id: "desc" }, take: take + 1 });
    const kept = batch.slice(0, take);
    entries.push(...(await toAuditEntryViews(kept)));
    more = batch.length > take;
    olderThan = kept.at(-1)?.id;
  }
  await recordAudit({
    actor: reader,
    action: AUDIT_EXPORT_ACTION,
    targetType: "audit_log",
    details: {
      actor: filter.actor ?? null,
      action: filter.action ?? null,
      targetId: filter.targetId ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      rows: entries.length,
      truncated: more,
    },
    context,
  });
  return { csv: toCsv(COLUMNS, entries), fileName: csvFileName("audit-log", now), rows: entries.length, truncated: more };
}
