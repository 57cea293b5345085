"use client";

import { toast } from "sonner";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { accountsContract, type CreateAccountInput, type UpdateAccountInput } from "@/lib/accounts/contract";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";

export function useAccounts() {
  return useQuery({ queryKey: queryKeys.accounts.all, queryFn: () => callApi(accountsContract.list) });
}

export function useCreateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAccountInput) => callApi(accountsContract.create, { body: input }),
    onSuccess: (account) => {
      toast.success(`Account ${account.email} created`);
      return client.invalidateQueries({ queryKey: queryKeys.accounts.all });
    },
  });
}

export function useUpdateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UpdateAccountInput }) => callApi(accountsContract.update, { params: { id }, body: change }),
    onSuccess: (account) => {
      toast.success(`Account ${account.email} saved`);
      return client.invalidateQueries({ queryKey: queryKeys.accounts.all });
    },
  });
}

export function useEndSessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(accountsContract.endSessions, { params: { id } }),
    onSuccess: () => {
      toast.success("Sessions ended");
      return client.invalidateQueries({ queryKey: queryKeys.accounts.all });
    },
  });
}

export function useSetAccountPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => callApi(accountsContract.setPassword, { params: { id }, body: { password } }),
    onSuccess: (result) => {
      toast.success(`New password set for ${result.email}; they must change it at next sign-in`);
      return client.invalidateQueries({ queryKey: queryKeys.accounts.all });
    },
  });
}
