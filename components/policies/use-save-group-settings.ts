"use client";

import { toast } from "sonner";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { GroupSettings } from "@/lib/domain/settings";
import { ApiError, callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { policiesContract } from "@/lib/policies/contract";
import type { GroupDetailView } from "@/lib/policies/views";

export type SaveSettings = { baseVersion: number; settings: GroupSettings; comment: string };

/** PUT of the whole settings, based on `baseVersion` (If-Match); a 412 surfaces as an ApiError with the current state. */
export function useSaveGroupSettings(groupId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ baseVersion, settings, comment }: SaveSettings) =>
      callApi(policiesContract.replaceSettings, { params: { id: groupId }, headers: { "if-match": `"${baseVersion}"` }, body: { ...settings, comment } }),
    onSuccess: (group) => {
      toast.success(`${group.name}: version ${group.version} saved`);
      return afterGroupChange(client, group);
    },
    // Someone saved first: refresh what this page shows of the group (the editor keeps the edits).
    onError: (error) =>
      error instanceof ApiError && error.status === 412 ? client.invalidateQueries({ queryKey: queryKeys.groups.detail(groupId) }) : undefined,
  });
}

/** Every view of a group after it changed: its detail, the list and its revisions. */
export function afterGroupChange(client: ReturnType<typeof useQueryClient>, group: GroupDetailView) {
  client.setQueryData(queryKeys.groups.detail(group.id), group);
  return Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.groups.all, exact: true }),
    client.invalidateQueries({ queryKey: queryKeys.groups.revisions(group.id) }),
  ]);
}
