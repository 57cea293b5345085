"use client";

import { useQuery } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { helpdeskContract } from "@/lib/helpdesk/contract";

/**
 * The user's identity, policy, devices and lock-screen preview. Every fetch is an audited view,
 * so it is fetched once per visit and never polled; other panels share this cache entry.
 */
export function useUserOverview(userId: string) {
  return useQuery({
    queryKey: queryKeys.users.detail(userId),
    queryFn: ({ signal }) => callApi(helpdeskContract.getUser, { params: { id: userId }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
