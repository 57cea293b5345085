"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import type { GroupDetailView } from "@/lib/policies/views";

export function useGroup(groupId: string) {
  return useQuery({
    queryKey: queryKeys.groups.detail(groupId),
    queryFn: () => apiFetch<GroupDetailView>(`/api/v1/groups/${encodeURIComponent(groupId)}`),
    // A missing group will not appear by asking again.
    retry: (count, error) => count < 1 && !(error instanceof Error && "status" in error && error.status === 404),
  });
}
