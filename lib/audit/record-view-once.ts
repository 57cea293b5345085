import "server-only";
import { createHash } from "node:crypto";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { recordAudit, type AuditRecord } from "./record-audit";

/**
 * How long one look at a user's data stays one view. The helpdesk page polls the timeline every
 * 5 s and refetches the diagnosis as events arrive: those are the same view, not new ones.
 */
export const VIEW_WINDOW_SECONDS = 10 * 60;

function viewerOf(actor: AuditRecord["actor"]): string {
  if (!actor) return "nobody";
  if (actor.kind === "user") return actor.userId;
  if (actor.kind === "token") return `token:${actor.tokenId}`;
  if (actor.kind === "apiKey") return `api_key:${actor.keyId}`;
  return "anonymous";
}

/**
 * Audits a read of personal data once per viewer, action and thing seen in each 10-minute window,
 * however often the same page polls. Decided on the server (a shared counter in PostgreSQL), so no
 * client can opt out of the audit by claiming to poll. `seen` names what was read (a user id, or
 * the search text); only its hash is kept in the counter.
 */
export async function recordViewOnce(record: AuditRecord, seen: string, windowSeconds = VIEW_WINDOW_SECONDS): Promise<void> {
  const key = createHash("sha256").update(`${record.action}\n${viewerOf(record.actor)}\n${seen}`).digest("base64url");
  const first = await hitRateLimit(`view:${key}`, 1, windowSeconds);
  if (first.allowed) await recordAudit(record);
}
