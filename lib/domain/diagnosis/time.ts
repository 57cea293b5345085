/** Time helpers. "Now" is always passed in, so the engine stays pure and testable. */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

/** A cause seen this recently is still going on: headlines say "Since 09:12", not "Between". */
export const ONGOING_MS = HOUR_MS;
/** A burst within this window outranks older noise. */
export const RECENT_BURST_MS = 6 * HOUR_MS;

/** Milliseconds since the epoch, or null for anything that is not a valid time. */
export function parseTime(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** ISO text for a time; "" for one outside the range Date can hold, rather than throwing. */
export function toIso(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
  } catch {
    // An unknown zone must not break a diagnosis: fall back to UTC.
    return timeZone === "UTC" ? new Intl.DateTimeFormat("en-GB") : formatterFor("UTC");
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/** The zone to format in: the one given when Intl knows it, UTC otherwise. */
export function resolveTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

type ClockParts = { year: string; month: string; day: string; hour: string; minute: string };

function clockParts(ms: number, timeZone: string): ClockParts {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  return {
    year: parts.year ?? "",
    month: parts.month ?? "",
    day: parts.day ?? "",
    hour: parts.hour ?? "",
    minute: parts.minute ?? "",
  };
}

/** "09:12" on the day of `now`, "2 Jun 09:12" earlier that year, "2 Jun 2024 09:12" before. */
export function formatClock(ms: number, nowMs: number, timeZone: string): string {
  const at = clockParts(ms, timeZone);
  const now = clockParts(nowMs, timeZone);
  const clock = `${at.hour}:${at.minute}`;
  if (at.year === now.year && at.month === now.month && at.day === now.day) return clock;
  if (at.year === now.year) return `${at.day} ${at.month} ${clock}`;
  return `${at.day} ${at.month} ${at.year} ${clock}`;
}

export type Period = { ongoing: boolean; phrase: string };

/** "Since 09:12" while it still happens, "Between 08:00 and 09:30" once it stopped. */
export function describePeriod(firstMs: number, lastMs: number, nowMs: number, timeZone: string): Period {
  const first = formatClock(firstMs, nowMs, timeZone);
  if (nowMs - lastMs <= ONGOING_MS) return { ongoing: true, phrase: `Since ${first}` };
  if (firstMs === lastMs) return { ongoing: false, phrase: `At ${first}` };
  return { ongoing: false, phrase: `Between ${first} and ${formatClock(lastMs, nowMs, timeZone)}` };
}

/** "under a minute", "14 min", "2 h 5 min", "3 h": how late a notification came. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
