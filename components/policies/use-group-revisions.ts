"use client";

import { toast } from "sonner";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { policiesContract } from "@/lib/policies/contract";
import { afterGroupChange } from "./use-save-group-settings";

export function useGroupRevisions(groupId: string) {
  return useQuery({
    queryKey: queryKeys.groups.revisions(groupId),
    queryFn: () => callApi(policiesContract.listRevisions, { params: { id: groupId } }),
  });
}

/** Revisions never change, so one fetched stays fresh. */
export function useGroupRevision(groupId: string, revisionId: string | null) {
  return useQuery({
    queryKey: [...queryKeys.groups.revisions(groupId), revisionId] as const,
    queryFn: () => callApi(policiesContract.getRevision, { params: { id: groupId, revisionId: revisionId! } }),
    enabled: revisionId !== null,
    staleTime: Infinity,
  });
}

export function useRevertRevision(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ revisionId, currentVersion, comment }: { revisionId: string; currentVersion: number; comment: string }) =>
      callApi(policiesContract.revert, { params: { id: groupId, revisionId }, headers: { "if-match": `"${currentVersion}"` }, body: { comment } }),
    onSuccess: (group) => {
      toast.success(`${group.name}: reverted, now version ${group.version}`);
      return afterGroupChange(client, group);
    },
  });
}
