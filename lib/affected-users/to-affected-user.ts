import type { CauseCode, Outcome } from "@/lib/domain/outcomes";
import type { AffectedRow } from "./query-affected-users";
import type { AffectedUser } from "./views";

/** One SQL row as the API shows it. Stored outcomes and causes passed the ingestion contract. */
export function toAffectedUser(row: AffectedRow): AffectedUser {
  return {
    id: row.user_id,
    displayName: row.display_name,
    upn: row.upn,
    group: row.group_id && row.group_name ? { id: row.group_id, name: row.group_name } : null,
    count: row.count,
    lastAt: row.last_at.toISOString(),
    lastOutcome: row.last_outcome as Outcome,
    lastCause: row.last_cause as CauseCode | null,
  };
}
