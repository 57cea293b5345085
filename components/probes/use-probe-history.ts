"use client";

import { useQuery } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { probesContract } from "@/lib/probe-runs/contract";

export const PROBE_HISTORY_LIMIT = 10;

export function useProbeHistory(groupId: string) {
  return useQuery({
    queryKey: queryKeys.groups.probes(groupId),
    queryFn: () => callApi(probesContract.list, { params: { id: groupId }, query: { limit: PROBE_HISTORY_LIMIT } }),
  });
}
