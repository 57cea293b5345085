"use client";

import { toast } from "sonner";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { mfaContract } from "@/lib/auth/mfa-contract";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";

export function useOwnMfa() {
  return useQuery({ queryKey: queryKeys.ownMfa, queryFn: () => callApi(mfaContract.status) });
}

/** The new secret and the recovery codes live only in this mutation's result (never in the query cache). */
export function useStartEnrolment() {
  return useMutation({ mutationFn: (password: string) => callApi(mfaContract.startEnrolment, { body: { password } }) });
}

export function useConfirmEnrolment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => callApi(mfaContract.confirmEnrolment, { body: { code } }),
    onSuccess: (status) => client.setQueryData(queryKeys.ownMfa, status),
  });
}

export function useDisableMfa() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => callApi(mfaContract.disable, { body: { password } }),
    onSuccess: (status) => {
      toast.success("Two-factor authentication turned off");
      client.setQueryData(queryKeys.ownMfa, status);
    },
  });
}
