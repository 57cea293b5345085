import { formatDateTime } from "@/lib/format/time";

/** A timestamp for tables: the console's one clock, minutes, zone named. */
export function formatTime(iso: string): string {
  return formatDateTime(iso);
}
