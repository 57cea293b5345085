import { AppError, formatPath } from "@/lib/errors/app-error";

/**
 * Checks for values the wire schemas accept but PostgreSQL cannot store, so they become a 4xx
 * naming the field instead of failing the whole statement with a 500.
 */

/** Earliest time accepted: anything before is a device clock that was never set. */
const EARLIEST_MS = Date.UTC(2000, 0, 1);
/**
 * How far ahead of the server's clock a time may be. Kept short because a snapshot from the
 * future would block every later snapshot of the device (an older one never overwrites a newer).
 */
export const FUTURE_TOLERANCE_MS = 60 * 60_000;

/** Why an ISO time cannot be taken (year 0, an offset PostgreSQL rejects, a skewed clock), or null. */
export function implausibleTimeReason(iso: string, nowMs: number): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return "must be an ISO 8601 date-time";
  if (ms < EARLIEST_MS) return "must not be before 2000-01-01 (is the device clock set?)";
  if (ms > nowMs + FUTURE_TOLERANCE_MS) return "must not be more than an hour ahead of the server's clock";
  return null;
}

/** The path of the first string holding a NUL character (PostgreSQL text cannot), or null. */
export function nulCharacterPath(value: unknown, path: PropertyKey[] = []): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? formatPath(path) || "(body)" : null;
  if (typeof value !== "object" || value === null) return null;
  for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const found = nulCharacterPath(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Throws a 422 naming the first field holding a NUL character. Give it parsed (shallow) input. */
export function rejectNulCharacters(value: unknown): void {
  const field = nulCharacterPath(value);
  if (!field) return;
  const message = "must not contain NUL characters";
  throw new AppError("validation_failed", `Invalid input: ${field}: ${message}`, { fields: [{ field, message }] });
}
