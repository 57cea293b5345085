"use client";

import { Panel } from "@/components/ui/panel";
import { EventSummaryTable } from "./event-summary-table";
import { formatAgo } from "./format";
import { useUserDiagnosis } from "./use-user-diagnosis";

/** The user's notifications over the last 24 hours and 7 days, from the diagnosis the page already loads. */
export function EventSummaryPanel({ userId }: { userId: string }) {
  const diagnosis = useUserDiagnosis(userId);
  const data = diagnosis.data;
  if (!data) {
    return (
      <Panel id="summary" title="Notifications">
        <p className="text-sm text-slate-600 dark:text-slate-400">{diagnosis.isError ? "Not available." : "Loading…"}</p>
      </Panel>
    );
  }
  const { lastEventAt } = data.summary;
  return (
    <Panel id="summary" title="Notifications" description={lastEventAt ? `Last notification ${formatAgo(lastEventAt)}` : "No notification reported in the last 7 days"}>
      <EventSummaryTable data={data} />
    </Panel>
  );
}
