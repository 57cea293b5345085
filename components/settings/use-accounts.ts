"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AccountView, CreateAccountInput, UpdateAccountInput } from "@/lib/accounts/contract";
import { apiFetch } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";

export function useAccounts() {
  return useQuery({ queryKey: queryKeys.accounts.all, queryFn: () => apiFetch<{ accounts: AccountView[] }>("/api/v1/accounts") });
}

export function useCreateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAccountInput) => apiFetch<AccountView>("/api/v1/accounts", { method: "POST", json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.accounts.all }),
  });
}

export function useUpdateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UpdateAccountInput }) =>
      apiFetch(`/api/v1/accounts/${id}`, { method: "PATCH", json: change }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.accounts.all }),
  });
}
