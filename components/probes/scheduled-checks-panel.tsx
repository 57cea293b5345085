"use client";

import { useState } from "react";
import { ErrorNote } from "@/components/ui/error-note";
import { Skeleton } from "@/components/ui/skeleton";
import { CheckScheduleControl } from "./check-schedule-control";
import { LastScheduledCheck } from "./last-scheduled-check";
import { useProbeSchedule } from "./use-probe-schedule";

/** The group editor's scheduled connectivity checks: the schedule, then what the last scheduled checks found. */
export function ScheduledChecksPanel({ groupId, canWrite }: { groupId: string; canWrite: boolean }) {
  const schedule = useProbeSchedule(groupId);
  // Read once per mount: "due at" is one interval after the last run, so it moves only when the data does.
  const [now] = useState(() => new Date());
  return (
    <section aria-labelledby="scheduled-checks-heading" className="space-y-4">
      <div>
        <h2 id="scheduled-checks-heading" className="text-lg font-semibold">Scheduled checks</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          The connectivity test, run by the console on a schedule: a host that stops answering or a certificate close to expiry shows here without anyone running a test.
        </p>
      </div>
      {schedule.isPending ? <Skeleton label="the check schedule" lines={3} /> : null}
      {schedule.isError ? <ErrorNote error={schedule.error} title="Could not load the check schedule" /> : null}
      {schedule.data ? (
        <CheckScheduleControl key={schedule.data.updatedAt ?? "default"} groupId={groupId} schedule={schedule.data} canWrite={canWrite} />
      ) : null}
      <LastScheduledCheck groupId={groupId} schedule={schedule.data} now={now} />
    </section>
  );
}
