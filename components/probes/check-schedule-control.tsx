"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { Select } from "@/components/ui/field";
import { Switch } from "@/components/ui/switch";
import { ApiError } from "@/lib/client/api-client";
import type { ProbeScheduleView } from "@/lib/probe-schedule/contract";
import { intervalChoicesWith } from "./scheduled-checks";
import { useSaveProbeSchedule } from "./use-probe-schedule";

/** A failed save in words: the server's own sentence for a refusal (4xx), a plain one otherwise. */
function failureTitle(error: unknown): string {
  if (error instanceof ApiError && error.status === 403) return "Only admins can change the check schedule";
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return "The check schedule was refused";
  return "The check schedule was not saved; try again";
}

/**
 * The group's check schedule: on/off and the interval, saved with their own button, apart from
 * the settings' review-and-save: the schedule is not part of the policy and has no versions.
 * `key` it by the saved schedule's updatedAt so a save (or a reload) starts the form afresh.
 */
export function CheckScheduleControl({ groupId, schedule, canWrite }: { groupId: string; schedule: ProbeScheduleView; canWrite: boolean }) {
  const switchId = useId();
  const intervalId = useId();
  const hintId = useId();
  const [enabled, setEnabled] = useState(schedule.enabled);
  const [intervalMinutes, setIntervalMinutes] = useState(schedule.intervalMinutes);
  const save = useSaveProbeSchedule(groupId);
  const changed = enabled !== schedule.enabled || intervalMinutes !== schedule.intervalMinutes;
  const locked = !canWrite || save.isPending;

  return (
    <form
      aria-label="Check schedule"
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ enabled, intervalMinutes });
      }}
    >
      <div className="flex items-center justify-between gap-3">
        <label htmlFor={switchId} className="text-sm font-medium">
          Check on a schedule
        </label>
        <Switch id={switchId} checked={enabled} onCheckedChange={setEnabled} disabled={locked} aria-describedby={hintId} />
      </div>
      <div>
        <label htmlFor={intervalId} className="mb-1 block text-sm font-medium">
          Interval
        </label>
        <Select
          id={intervalId}
          value={intervalMinutes}
          onChange={(event) => setIntervalMinutes(Number(event.target.value))}
          disabled={locked || !enabled}
          aria-describedby={hintId}
        >
          {intervalChoicesWith(intervalMinutes).map((choice) => (
            <option key={choice.minutes} value={choice.minutes}>
              {choice.label}
            </option>
          ))}
        </Select>
      </div>
      <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
        Scheduled checks test the saved settings&apos; hosts like Test connectivity, with the public roots only (no extra CA bundle).
        {schedule.isDefault ? " Nobody has changed this schedule yet: on, hourly." : null}
        {canWrite ? null : " Only admins can change the schedule."}
      </p>
      {canWrite ? (
        <Button type="submit" variant="secondary" disabled={!changed || save.isPending} aria-busy={save.isPending}>
          {save.isPending ? "Saving…" : "Save schedule"}
        </Button>
      ) : null}
      {save.isError ? <ErrorNote error={save.error} title={failureTitle(save.error)} /> : null}
    </form>
  );
}
