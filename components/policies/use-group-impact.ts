"use client";

import { useQuery } from "@tanstack/react-query";
import type { GroupSettings } from "@/lib/domain/settings";
import { apiFetch } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import type { ImpactView } from "@/lib/policies/views";

/** Member counts for proposed settings; fetched only while `enabled` (the review dialog is open). */
export function useGroupImpact(groupId: string, proposed: GroupSettings, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.groups.detail(groupId), "impact", proposed] as const,
    queryFn: () => apiFetch<ImpactView>(`/api/v1/groups/${groupId}/impact`, { method: "POST", json: proposed }),
    enabled,
    staleTime: 0,
  });
}
