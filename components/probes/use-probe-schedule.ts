"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { probesContract } from "@/lib/probe-runs/contract";
import { probeScheduleContract, type ProbeScheduleInput } from "@/lib/probe-schedule/contract";

/** The last scheduled runs the editor shows: the latest in full, the others as its history. */
export const SCHEDULED_HISTORY_LIMIT = 10;

export function useProbeSchedule(groupId: string) {
  return useQuery({
    queryKey: queryKeys.groups.probeSchedule(groupId),
    queryFn: () => callApi(probeScheduleContract.get, { params: { id: groupId } }),
  });
}

export function useScheduledRuns(groupId: string) {
  return useQuery({
    queryKey: queryKeys.groups.scheduledProbes(groupId),
    queryFn: () => callApi(probesContract.list, { params: { id: groupId }, query: { limit: SCHEDULED_HISTORY_LIMIT, trigger: "scheduled" } }),
  });
}

/** PUT of the schedule; the saved one replaces the cached one. The form shows a failure's fields itself. */
export function useSaveProbeSchedule(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (schedule: ProbeScheduleInput) => callApi(probeScheduleContract.replace, { params: { id: groupId }, body: schedule }),
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.groups.probeSchedule(groupId), saved);
      toast.success(saved.enabled ? "Check schedule saved" : "Scheduled checks turned off");
    },
    onError: () => {
      toast.error("The check schedule was not saved");
    },
  });
}
