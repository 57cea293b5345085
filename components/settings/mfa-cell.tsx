"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorNote } from "@/components/ui/error-note";
import type { AccountView } from "@/lib/accounts/contract";
import { mfaContract } from "@/lib/auth/mfa-contract";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";

/** An account's second factor in the accounts list, with the admin's reset for an enrolled one. */
export function MfaCell({ account, self }: { account: AccountView; self: boolean }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const reset = useMutation({
    mutationFn: () => callApi(mfaContract.reset, { params: { id: account.id } }),
    onSuccess: () => {
      setOpen(false);
      toast.success(`Second factor of ${account.email} reset`);
      return client.invalidateQueries({ queryKey: queryKeys.accounts.all });
    },
  });

  if (account.mfa === "not_enrolled") return <span className="text-slate-600 dark:text-slate-400">not enrolled</span>;
  return (
    <div className="flex items-center gap-2">
      <span>enrolled</span>
      {/* Your own is turned off in Security, with your password. */}
      {self ? null : (
        <Button variant="secondary" onClick={() => setOpen(true)} aria-label={`Reset the second factor of ${account.email}…`}>
          Reset…
        </Button>
      )}
      {open ? (
        <ConfirmDialog
          open
          onOpenChange={(next) => {
            setOpen(next);
            if (!next) reset.reset();
          }}
          title={`Reset the second factor of ${account.email}?`}
          confirmLabel="Reset second factor"
          danger
          pending={reset.isPending}
          onConfirm={() => reset.mutate()}
        >
          <p>Their authenticator app and recovery codes stop working at once. They sign in with their password alone until they enrol again in Security.</p>
          <p>Their {account.activeSessions} active session(s) are not ended; use End sessions for that.</p>
          {reset.isError ? <ErrorNote error={reset.error} title="Could not reset the second factor" /> : null}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
