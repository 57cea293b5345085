import type { Outcome } from "@/lib/domain/outcomes";

/** What an "Affected users" list is narrowed to; every field is optional and kept in the URL. */
export type AffectedUsersFilter = {
  groupId?: string;
  cause?: string;
  outcome?: Outcome;
  /** A device fact, as `name=value` (for example `lowPowerMode=true`). */
  fact?: string;
  /** ISO 8601 instants; the list covers [from, to). */
  from?: string;
  to?: string;
};

/**
 * The link from a dashboard number or chart segment to the users behind it. One builder, so the
 * dashboard and the list page agree on parameter names.
 */
export function affectedUsersHref(filter: AffectedUsersFilter): string {
  const params = new URLSearchParams();
  for (const key of ["groupId", "cause", "outcome", "fact", "from", "to"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/dashboard/affected?${query}` : "/dashboard/affected";
}
