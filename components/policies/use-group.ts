"use client";

import { useQuery } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";

// Imported with the first request, not with the page: the contract brings zod, kept out of first load.
const loadContract = () => import("@/lib/policies/contract");

export function useGroup(groupId: string) {
  return useQuery({
    queryKey: queryKeys.groups.detail(groupId),
    queryFn: async () => callApi((await loadContract()).policiesContract.getGroup, { params: { id: groupId } }),
    // A missing group will not appear by asking again.
    retry: (count, error) => count < 1 && !(error instanceof Error && "status" in error && error.status === 404),
  });
}
