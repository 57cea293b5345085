"use client";

import { toast } from "sonner";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiKeysContract, type CreateApiKeyInput } from "@/lib/api-keys/contract";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";

export function useApiKeys() {
  return useQuery({ queryKey: queryKeys.apiKeys.all, queryFn: () => callApi(apiKeysContract.list) });
}

/** The secret lives only in this mutation's result (never in the query cache); `reset()` forgets it. */
export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiKeyInput) => callApi(apiKeysContract.create, { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.apiKeys.all }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(apiKeysContract.revoke, { params: { id } }),
    onSuccess: (key) => {
      toast.success(`API key ${key.name} revoked`);
      return client.invalidateQueries({ queryKey: queryKeys.apiKeys.all });
    },
  });
}
