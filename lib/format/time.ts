/**
 * The console's one clock: every absolute time is written in the viewer's time zone with the zone
 * named ("3 Dec 2026, 14:05 CET"), every relative one through Intl.RelativeTimeFormat, and every
 * count with its plural from Intl.PluralRules. Runs in the browser and on the server (the server's
 * zone is then UTC), so client components render times after hydration, from fetched data.
 */

const absolute = new Map<string, Intl.DateTimeFormat>();

function absoluteFormatter(withSeconds: boolean, withYear: boolean): Intl.DateTimeFormat {
  const key = `${withSeconds}|${withYear}`;
  let formatter = absolute.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, {
      day: "numeric",
      month: "short",
      ...(withYear ? { year: "numeric" } : {}),
      hour: "2-digit",
      minute: "2-digit",
      ...(withSeconds ? { second: "2-digit" } : {}),
      timeZoneName: "short",
    });
    absolute.set(key, formatter);
  }
  return formatter;
}

/** The browser's IANA time zone ("Europe/Berlin"); "UTC" when the runtime does not say. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** An absolute time in the viewer's zone with the zone named; "—" for none or unreadable. */
export function formatDateTime(iso: string | null | undefined, options: { seconds?: boolean; year?: boolean } = {}): string {
  if (!iso) return "—";
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? absoluteFormatter(options.seconds ?? false, options.year ?? true).format(ms) : "—";
}

let timeOfDay: Intl.DateTimeFormat | undefined;

/** The time of day only, in the viewer's zone ("14:05:09"): for the ends of a span within one day. */
export function formatTimeOfDay(iso: string): string {
  timeOfDay ??= new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? timeOfDay.format(ms) : "—";
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto", style: "short" });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400],
  ["hour", 3600],
  ["minute", 60],
];

/** "just now", "5 min. ago", "3 hr. ago", "yesterday", "in 2 days"; "never" for none. */
export function formatRelative(iso: string | null | undefined, nowMs = Date.now()): string {
  if (!iso) return "never";
  const seconds = Math.round((Date.parse(iso) - nowMs) / 1000);
  if (!Number.isFinite(seconds)) return "—";
  if (Math.abs(seconds) < 60) return "just now";
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return "just now";
}

const pluralRules = new Intl.PluralRules("en");

/** "1 user", "2 users", "1,204 users": the form from Intl.PluralRules (English words). */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString()} ${pluralRules.select(count) === "one" ? one : other}`;
}
