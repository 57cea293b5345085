"use client";

import { useQuery } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";

// Imported with the first request, not with the page: the contract brings zod, kept out of first load.
const loadContract = () => import("@/lib/helpdesk/contract");

/**
 * The user's identity, policy, devices and lock-screen preview. Every fetch is an audited view,
 * so it is fetched once per visit and never polled; other panels share this cache entry.
 */
export function useUserOverview(userId: string) {
  return useQuery({
    queryKey: queryKeys.users.detail(userId),
    queryFn: async ({ signal }) => callApi((await loadContract()).helpdeskContract.getUser, { params: { id: userId }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
