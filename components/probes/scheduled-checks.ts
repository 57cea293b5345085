import type { ProbeScheduleView } from "@/lib/probe-schedule/contract";
import type { ProbeRunView } from "@/lib/probe-runs/views";
import type { ProbeKind } from "@/lib/probes/types";

/** Pure: what the scheduled-checks panel shows, from the schedule and the last scheduled runs. */

/**
 * The intervals offered (the API accepts any whole number of minutes from 15 to 1,440): the
 * shortest the tick can keep, two in-between steps, the default (hourly) and the longest (daily).
 */
export const INTERVAL_CHOICES: readonly { minutes: number; label: string }[] = [
  { minutes: 15, label: "Every 15 minutes" },
  { minutes: 30, label: "Every 30 minutes" },
  { minutes: 60, label: "Hourly" },
  { minutes: 360, label: "Every 6 hours" },
  { minutes: 1440, label: "Daily" },
];

export function intervalLabel(minutes: number): string {
  return INTERVAL_CHOICES.find((choice) => choice.minutes === minutes)?.label ?? `Every ${minutes} minutes`;
}

/** The choices, with a value saved through the API that is not among them kept as its own option. */
export function intervalChoicesWith(minutes: number): readonly { minutes: number; label: string }[] {
  if (INTERVAL_CHOICES.some((choice) => choice.minutes === minutes)) return INTERVAL_CHOICES;
  return [...INTERVAL_CHOICES, { minutes, label: intervalLabel(minutes) }].sort((a, b) => a.minutes - b.minutes);
}

/**
 * When the next scheduled check is due: never while off; "soon" when it is due already (never
 * checked, or the interval has passed), since the 5-minute tick picks due groups up, at most 5 per
 * tick; else one interval after the last scheduled run.
 */
export type NextCheck = { kind: "off" } | { kind: "soon" } | { kind: "at"; at: string };

export function nextCheck(schedule: Pick<ProbeScheduleView, "enabled" | "intervalMinutes" | "lastScheduledRunAt">, now: Date): NextCheck {
  if (!schedule.enabled) return { kind: "off" };
  if (!schedule.lastScheduledRunAt) return { kind: "soon" };
  const due = Date.parse(schedule.lastScheduledRunAt) + schedule.intervalMinutes * 60_000;
  return due <= now.getTime() ? { kind: "soon" } : { kind: "at", at: new Date(due).toISOString() };
}

/** One host's certificate followed across runs. */
export type CertificateColumn = { key: string; kind: ProbeKind; host: string; port: number };
/** One run's row: each column's days to expiry, null when that run received no certificate there. */
export type CertificateTrendRow = { run: ProbeRunView; days: (number | null)[] };
export type CertificateTrend = { columns: CertificateColumn[]; rows: CertificateTrendRow[] };

const columnKey = (certificate: { kind: ProbeKind; host: string; port: number }) => `${certificate.kind} ${certificate.host.toLowerCase()}:${certificate.port}`;

/**
 * The certificates' days to expiry over the runs (in the runs' order, newest first): one column
 * per target that presented a certificate in any of them, in the order first seen.
 */
export function certificateTrend(runs: readonly ProbeRunView[]): CertificateTrend {
  const columns: CertificateColumn[] = [];
  for (const run of runs) {
    for (const certificate of run.certificates) {
      const key = columnKey(certificate);
      if (!columns.some((column) => column.key === key)) columns.push({ key, kind: certificate.kind, host: certificate.host, port: certificate.port });
    }
  }
  const rows = runs.map((run) => ({
    run,
    days: columns.map((column) => run.certificates.find((certificate) => columnKey(certificate) === column.key)?.daysToExpiry ?? null),
  }));
  return { columns, rows };
}
