"use client";

import { toast } from "sonner";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import type { CreateGroupInput } from "@/lib/policies/schemas";
import { policiesContract } from "@/lib/policies/contract";

export function useGroups() {
  return useQuery({ queryKey: queryKeys.groups.all, queryFn: () => callApi(policiesContract.listGroups) });
}

export function useCreateGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateGroupInput) => callApi(policiesContract.createGroup, { body: input }),
    onSuccess: (group) => {
      toast.success(`${group.name} created`);
      client.setQueryData(queryKeys.groups.detail(group.id), group);
      return client.invalidateQueries({ queryKey: queryKeys.groups.all, exact: true });
    },
  });
}

export function useDeleteGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (group: { id: string; name: string }) => callApi(policiesContract.deleteGroup, { params: { id: group.id } }),
    onSuccess: (_deleted, group) => {
      toast.success(`${group.name} deleted`);
      client.removeQueries({ queryKey: queryKeys.groups.detail(group.id) });
      return client.invalidateQueries({ queryKey: queryKeys.groups.all, exact: true });
    },
  });
}
