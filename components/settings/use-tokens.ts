"use client";

import { toast } from "sonner";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { tokensContract, type CreateTokenInput } from "@/lib/tokens/contract";

export function useTokens() {
  return useQuery({ queryKey: queryKeys.tokens.all, queryFn: () => callApi(tokensContract.list) });
}

/** The secret lives only in this mutation's result (never in the query cache); `reset()` forgets it. */
export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTokenInput) => callApi(tokensContract.create, { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens.all }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(tokensContract.revoke, { params: { id } }),
    onSuccess: () => {
      toast.success("Token revoked");
      return client.invalidateQueries({ queryKey: queryKeys.tokens.all });
    },
  });
}
