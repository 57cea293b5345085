"use client";

import { useQuery } from "@tanstack/react-query";
import type { GroupSettings } from "@/lib/domain/settings";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { policiesContract } from "@/lib/policies/contract";

/** Member counts for proposed settings; fetched only while `enabled` (the review dialog is open). */
export function useGroupImpact(groupId: string, proposed: GroupSettings, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.groups.detail(groupId), "impact", proposed] as const,
    queryFn: () => callApi(policiesContract.impact, { params: { id: groupId }, body: proposed }),
    enabled,
    staleTime: 0,
  });
}
