"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import type { GroupDetailView, RevisionDetailView, RevisionSummaryView } from "@/lib/policies/views";
import { afterGroupChange } from "./use-save-group-settings";

export function useGroupRevisions(groupId: string) {
  return useQuery({
    queryKey: queryKeys.groups.revisions(groupId),
    queryFn: () => apiFetch<{ revisions: RevisionSummaryView[] }>(`/api/v1/groups/${groupId}/revisions`),
  });
}

/** Revisions never change, so one fetched stays fresh. */
export function useGroupRevision(groupId: string, revisionId: string | null) {
  return useQuery({
    queryKey: [...queryKeys.groups.revisions(groupId), revisionId] as const,
    queryFn: () => apiFetch<RevisionDetailView>(`/api/v1/groups/${groupId}/revisions/${revisionId}`),
    enabled: revisionId !== null,
    staleTime: Infinity,
  });
}

export function useRevertRevision(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ revisionId, currentVersion, comment }: { revisionId: string; currentVersion: number; comment: string }) =>
      apiFetch<GroupDetailView>(`/api/v1/groups/${groupId}/revisions/${revisionId}/revert`, {
        method: "POST",
        headers: { "if-match": `"${currentVersion}"` },
        json: { comment },
      }),
    onSuccess: (group) => afterGroupChange(client, group),
  });
}
