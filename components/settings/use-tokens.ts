"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import type { CreatedToken, CreateTokenInput, TokenView } from "@/lib/tokens/contract";

export function useTokens() {
  return useQuery({ queryKey: queryKeys.tokens.all, queryFn: () => apiFetch<{ tokens: TokenView[] }>("/api/v1/tokens") });
}

/** The secret lives only in this mutation's result (never in the query cache); `reset()` forgets it. */
export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTokenInput) => apiFetch<CreatedToken>("/api/v1/tokens", { method: "POST", json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens.all }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<TokenView>(`/api/v1/tokens/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens.all }),
  });
}
