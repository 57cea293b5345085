"use client";

import { Panel } from "@/components/ui/panel";
import type { WindowSummary } from "@/lib/domain/diagnosis";
import { CAUSES, type CauseCode } from "@/lib/domain/outcomes";
import { formatAgo, formatDateTime } from "./format";
import { OUTCOME_LABELS } from "./outcome-badge";
import { useUserDiagnosis } from "./use-user-diagnosis";

function countOf(window: WindowSummary, cause: CauseCode): number {
  return window.causes.find((count) => count.cause === cause)?.count ?? 0;
}

/** Rich vs "You have new mail" vs each failure cause over the last 24 hours and 7 days, and the last badge count. */
export function EventSummaryPanel({ userId }: { userId: string }) {
  const diagnosis = useUserDiagnosis(userId);
  const data = diagnosis.data;
  if (!data) {
    return (
      <Panel id="summary" title="Notifications">
        <p className="text-sm text-slate-500">{diagnosis.isError ? "Not available." : "Loading…"}</p>
      </Panel>
    );
  }
  const { last24h, last7d, lastBadgeCount, lastBadgeAt, lastEventAt } = data.summary;
  const causes = last7d.causes.map((count) => count.cause);
  const rows: { label: string; sub?: string; day: number; week: number }[] = [
    { label: OUTCOME_LABELS.rich, day: last24h.rich, week: last7d.rich },
    { label: `“${OUTCOME_LABELS.generic}”`, day: last24h.generic, week: last7d.generic },
    { label: OUTCOME_LABELS.failure, day: last24h.failure, week: last7d.failure },
  ];

  return (
    <Panel id="summary" title="Notifications" description={lastEventAt ? `Last notification ${formatAgo(lastEventAt)}` : "No notification reported in the last 7 days"}>
      <table className="w-full text-sm" aria-describedby="summary-heading">
        <thead className="text-left text-xs text-slate-500 uppercase">
          <tr>
            <th className="py-1 pr-2 font-medium">Shown</th>
            <th className="py-1 pr-2 text-right font-medium">24 h</th>
            <th className="py-1 text-right font-medium">7 days</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-1 pr-2 text-left font-medium">{row.label}</th>
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
      <p className="mt-3 text-sm">
        App badge: <strong data-testid="badge-count">{lastBadgeCount ?? "not reported"}</strong>
        {lastBadgeAt ? <span className="text-slate-500"> · reported {formatDateTime(lastBadgeAt)}</span> : null}
      </p>
      {data.eventsCapped ? (
        <p className="mt-1 text-xs text-slate-500">Based on the latest {data.eventsConsidered.toLocaleString()} notifications of the week.</p>
      ) : null}
    </Panel>
  );
}
