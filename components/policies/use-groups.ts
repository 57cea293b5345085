"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import type { CreateGroupInput } from "@/lib/policies/schemas";
import type { GroupDetailView, GroupSummaryView } from "@/lib/policies/views";

export function useGroups() {
  return useQuery({ queryKey: queryKeys.groups.all, queryFn: () => apiFetch<{ groups: GroupSummaryView[] }>("/api/v1/groups") });
}

export function useCreateGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateGroupInput) => apiFetch<GroupDetailView>("/api/v1/groups", { method: "POST", json: input }),
    onSuccess: (group) => {
      client.setQueryData(queryKeys.groups.detail(group.id), group);
      return client.invalidateQueries({ queryKey: queryKeys.groups.all, exact: true });
    },
  });
}
