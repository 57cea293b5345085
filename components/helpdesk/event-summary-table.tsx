import type { WindowSummary } from "@/lib/domain/diagnosis";
import { CAUSES, type CauseCode } from "@/lib/domain/outcomes";
import type { SyncDelayView, UserDiagnosis } from "@/lib/helpdesk/views";
import { BADGE_MEANING } from "./badge-meaning";
import { formatDateTime, formatDelay, plural } from "./format";
import { OUTCOME_LABELS } from "./outcome-badge";

function countOf(window: WindowSummary, cause: CauseCode): number {
  return window.causes.find((count) => count.cause === cause)?.count ?? 0;
}

type Row = { label: string; note?: string; day: number; week: number };

/** "typically 14 min after the mail arrived (median of 5)" for the window that has reported delays, the day first. */
function typicalDelay({ last24h, last7d }: UserDiagnosis["delivery"]["syncDelay"]): string | null {
  const describe = (stats: SyncDelayView, window: string) =>
    stats.medianDelayMs === null
      ? null
      : `typically shown ${formatDelay(stats.medianDelayMs)} after the mail arrived (median of ${plural(stats.withDelay, "reported delay")}, ${window})`;
  return describe(last24h, "last 24 h") ?? describe(last7d, "last 7 days");
}

/** Rich, after sync, "You have new mail" and each failure cause over 24 hours and 7 days; the sync delay; the last badge by meaning. */
export function EventSummaryTable({ data }: { data: Pick<UserDiagnosis, "summary" | "delivery" | "eventsCapped" | "eventsConsidered"> }) {
  const { last24h, last7d, lastBadgeCount, lastBadgeAt } = data.summary;
  const causes = last7d.causes.map((count) => count.cause);
  const rows: Row[] = [
    { label: OUTCOME_LABELS.rich, day: last24h.rich, week: last7d.rich },
    { label: OUTCOME_LABELS.sync, note: "without rich push", day: last24h.sync, week: last7d.sync },
    { label: `“${OUTCOME_LABELS.generic}”`, day: last24h.generic, week: last7d.generic },
    { label: OUTCOME_LABELS.failure, day: last24h.failure, week: last7d.failure },
  ];
  const delay = last7d.sync > 0 ? typicalDelay(data.delivery.syncDelay) : null;
  const badgeMode = data.delivery.lastBadgeMode;

  return (
    <>
      <table className="w-full text-sm">
        <caption className="sr-only">Notifications by what was shown, last 24 hours and last 7 days</caption>
        <thead className="text-left text-xs text-slate-600 dark:text-slate-400 uppercase">
          <tr>
            <th className="py-1 pr-2 font-medium">Shown</th>
            <th className="py-1 pr-2 text-right font-medium">24 h</th>
            <th className="py-1 text-right font-medium">7 days</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-1 pr-2 text-left font-medium">
                {row.label}
                {row.note ? <span className="font-normal text-slate-600 dark:text-slate-400"> ({row.note})</span> : null}
              </th>
              <td className="py-1 pr-2 text-right tabular-nums">{row.day}</td>
              <td className="py-1 text-right tabular-nums">{row.week}</td>
            </tr>
          ))}
          {causes.map((cause) => (
            <tr key={cause} className="text-slate-600 dark:text-slate-400">
              <th scope="row" className="py-0.5 pr-2 pl-4 text-left font-normal">
                <code className="text-xs">{cause}</code> <span className="sr-only">{CAUSES[cause].cause}</span>
              </th>
              <td className="py-0.5 pr-2 text-right tabular-nums">{countOf(last24h, cause)}</td>
              <td className="py-0.5 text-right tabular-nums">{countOf(last7d, cause)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {last7d.sync > 0 ? (
        <p className="mt-3 text-sm" data-testid="sync-delay">
          After sync: {delay ?? "no device reported how long after the mail arrived"}.
        </p>
      ) : null}
      <p className="mt-3 text-sm">
        App badge: <strong data-testid="badge-count">{lastBadgeCount ?? "not reported"}</strong>
        {lastBadgeCount !== null && badgeMode ? <span data-testid="badge-meaning"> ({BADGE_MEANING[badgeMode]})</span> : null}
        {lastBadgeAt ? <span className="text-slate-600 dark:text-slate-400"> · reported {formatDateTime(lastBadgeAt)}</span> : null}
      </p>
      {data.eventsCapped ? (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Based on the latest {data.eventsConsidered.toLocaleString()} notifications of the week.</p>
      ) : null}
    </>
  );
}
