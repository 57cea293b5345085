"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import type { UserOverview } from "@/lib/helpdesk/views";

/**
 * The user's identity, policy, devices and lock-screen preview. Every fetch is an audited view,
 * so it is fetched once per visit and never polled; other panels share this cache entry.
 */
export function useUserOverview(userId: string) {
  return useQuery({
    queryKey: queryKeys.users.detail(userId),
    queryFn: ({ signal }) => apiFetch<UserOverview>(`/api/v1/users/${encodeURIComponent(userId)}`, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
