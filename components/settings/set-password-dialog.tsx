"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import type { AccountView } from "@/lib/accounts/contract";
import { useSetAccountPassword } from "./use-accounts";

/** An admin sets a new password for a local account; the dialog says what follows before anything is saved. */
export function SetPasswordDialog({ account, onClose }: { account: AccountView; onClose: () => void }) {
  const set = useSetAccountPassword();
  const [password, setPassword] = useState("");

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? null : onClose())}
      title={`Set a new password for ${account.email}?`}
      confirmLabel="Set password"
      danger
      pending={set.isPending}
      onConfirm={() => set.mutate({ id: account.id, password }, { onSuccess: onClose })}
    >
      <p>
        Its {account.activeSessions} active session(s) end at once. At next sign-in with this password, the user must choose their own before anything else opens. Give it to them by a
        channel you trust.
      </p>
      <div>
        <Label htmlFor="admin-set-password">New password</Label>
        <TextInput id="admin-set-password" type="password" autoComplete="new-password" minLength={12} maxLength={128} value={password} onChange={(e) => setPassword(e.target.value)} />
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">At least 12 characters.</p>
      </div>
      {set.isError ? <ErrorNote error={set.error} title="Could not set the password" /> : null}
    </ConfirmDialog>
  );
}
