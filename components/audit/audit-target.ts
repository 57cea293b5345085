import type { AuditEntryView } from "@/lib/audit/contract";

export type AuditTarget = { label: string; href: string | null; id: string | null };

/**
 * Where a target lives in the console. Groups and directory users have their own pages; accounts
 * and tokens are rows of the Settings lists, which have no page of their own, so the link opens
 * their list. A target without a known page is shown unlinked.
 */
function hrefOf(type: string, id: string): string | null {
  if (type === "delivery_group" || type === "group") return `/policies/${encodeURIComponent(id)}`;
  if (type === "directory_user") return `/helpdesk/users/${encodeURIComponent(id)}`;
  if (type === "account") return "/settings#accounts-heading";
  if (type === "ingest_token") return "/settings#tokens-heading";
  return null;
}

/** The target as the log shows it: its name (the id when it has none), linked only when the name resolved. */
export function auditTargetOf(entry: Pick<AuditEntryView, "targetType" | "targetId" | "targetName">): AuditTarget | null {
  if (!entry.targetType) return null;
  if (!entry.targetId) return { label: entry.targetType, href: null, id: null };
  // An unresolved id (a deleted group, a mistyped sign-in email) has nothing to link to.
  if (entry.targetName === null) return { label: entry.targetId, href: null, id: entry.targetId };
  return { label: entry.targetName, href: hrefOf(entry.targetType, entry.targetId), id: entry.targetId };
}
