import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { AffectedCursor } from "./cursor";
import { isDeviceFact, parseDeviceFact } from "./device-fact";
import type { AffectedFilter } from "./query-affected-users";
import { DEFAULT_RANGE_HOURS, MAX_RANGE_DAYS, type AffectedExportQuery } from "./schemas";

/**
 * The filter the SQL runs with: the defaults resolved ("until now", 24 hours before), the device
 * fact parsed. A cursor's pinned end wins, so later pages see the same range as the first.
 */
export function resolveFilter(query: AffectedExportQuery, now: Date, cursor?: AffectedCursor): AffectedFilter {
  const to = cursor ? new Date(cursor.to) : query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_RANGE_HOURS * 3_600_000);
  // The schema checks from against an explicit to; against "now" it can only be checked here.
  const span = to.getTime() - from.getTime();
  if (span <= 0) throw rangeError("must be before to (now by default)");
  if (span > MAX_RANGE_DAYS * 86_400_000) throw rangeError(`must be at most ${MAX_RANGE_DAYS} days before to (now by default)`);
  const fact = query.fact ? parseDeviceFact(query.fact) : undefined;
  return {
    from,
    to,
    ...(query.groupId ? { groupId: query.groupId } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
    ...(query.cause ? { cause: query.cause } : {}),
    ...(fact && isDeviceFact(fact) ? { fact } : {}),
  };
}

/** The filter as the audit log keeps it: what was asked for, with the range resolved. */
export function auditedFilter(query: AffectedExportQuery, filter: AffectedFilter) {
  return {
    groupId: query.groupId ?? null,
    outcome: query.outcome ?? null,
    cause: query.cause ?? null,
    fact: query.fact ?? null,
    from: filter.from.toISOString(),
    to: filter.to.toISOString(),
    sort: query.sort,
  };
}

function rangeError(message: string): AppError {
  return new AppError("validation_failed", `from: ${message}`, { fields: [{ field: "from", message }] });
}
