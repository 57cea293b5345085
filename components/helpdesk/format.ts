/** How the helpdesk pages write times, durations and counts. */
import { formatDateTime as formatTime, formatRelative, plural } from "@/lib/format/time";

/** Times come from the console's one clock (lib/format/time.ts); timeline rows show seconds. */
export function formatDateTime(iso: string | null | undefined): string {
  return formatTime(iso, { seconds: true, year: false });
}

/** Relative time ("5 min. ago"), from Intl.RelativeTimeFormat. */
export const formatAgo = formatRelative;

/** "85 ms", "2.3 s", "30.0 s". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export { plural };

/** A delay in plain words: "40 s", "14 min", "3 h 5 min", "2 days 4 h". */
export function formatDelay(ms: number): string {
  const seconds = Math.round(Math.max(0, ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  const dayText = `${days} ${days === 1 ? "day" : "days"}`;
  return hours % 24 ? `${dayText} ${hours % 24} h` : dayText;
}
