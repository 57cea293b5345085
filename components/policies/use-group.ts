"use client";

import { useQuery } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { policiesContract } from "@/lib/policies/contract";

export function useGroup(groupId: string) {
  return useQuery({
    queryKey: queryKeys.groups.detail(groupId),
    queryFn: () => callApi(policiesContract.getGroup, { params: { id: groupId } }),
    // A missing group will not appear by asking again.
    retry: (count, error) => count < 1 && !(error instanceof Error && "status" in error && error.status === 404),
  });
}
