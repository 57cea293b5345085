"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import type { ProbeRunView } from "@/lib/probe-runs/views";

export const PROBE_HISTORY_LIMIT = 10;

export function useProbeHistory(groupId: string) {
  return useQuery({
    queryKey: queryKeys.groups.probes(groupId),
    queryFn: () => apiFetch<{ runs: ProbeRunView[] }>(`/api/v1/groups/${encodeURIComponent(groupId)}/probes?limit=${PROBE_HISTORY_LIMIT}`),
  });
}
