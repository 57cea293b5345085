"use client";

import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import { useConfirmEnrolment, useStartEnrolment } from "./use-own-mfa";

function valueOf(event: FormEvent<HTMLFormElement>, name: string): string {
  event.preventDefault();
  return String(new FormData(event.currentTarget).get(name) ?? "");
}

/**
 * Enrolment in three steps: the password again; the QR code and a code from the app to confirm
 * it; then the recovery codes, shown this once (only their hashes are stored).
 */
export function MfaEnrolment({ onStarted, onDone }: { onStarted: () => void; onDone: () => void }) {
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const enrolment = start.data;

  if (confirm.isSuccess && enrolment) {
    return (
      <div className="space-y-3">
        <p className="font-medium">Two-factor authentication is on.</p>
        <p className="text-sm">
          Save these recovery codes now, somewhere other than your phone. Each signs you in once if you lose the authenticator app. They are shown only this once.
        </p>
        <ul aria-label="Recovery codes" data-testid="recovery-codes" className="grid max-w-sm grid-cols-2 gap-1 rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-sm dark:border-slate-700 dark:bg-slate-950">
          {enrolment.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Button onClick={onDone}>I have saved the recovery codes</Button>
      </div>
    );
  }

  if (enrolment) {
    return (
      <form className="space-y-3" noValidate onSubmit={(event) => confirm.mutate(valueOf(event, "code"))}>
        <p className="text-sm">Scan this QR code with your authenticator app, then enter the 6-digit code it shows.</p>
        <img src={enrolment.qrCode} alt="QR code for your authenticator app" width={224} height={224} className="rounded border border-slate-200 bg-white" />
        <p className="text-sm">
          Cannot scan? Enter this key instead: <code data-testid="totp-secret" className="break-all">{enrolment.secret}</code>
        </p>
        <div className="max-w-xs">
          <Label htmlFor="enrolment-code">Code from the app</Label>
          <TextInput id="enrolment-code" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required autoFocus />
        </div>
        {confirm.isError ? <ErrorNote error={confirm.error} title="Could not confirm" /> : null}
        <Button type="submit" disabled={confirm.isPending}>
          {confirm.isPending ? "Checking…" : "Confirm"}
        </Button>
      </form>
    );
  }

  return (
    <form className="space-y-3" noValidate onSubmit={(event) => start.mutate(valueOf(event, "password"), { onSuccess: onStarted })}>
      <p className="text-sm">Enter your console password to set up an authenticator app (any TOTP app, for example your phone&apos;s).</p>
      <div className="max-w-xs">
        <Label htmlFor="enrolment-password">Current password</Label>
        <TextInput id="enrolment-password" name="password" type="password" autoComplete="current-password" required />
      </div>
      {start.isError ? <ErrorNote error={start.error} title="Could not start" /> : null}
      <Button type="submit" disabled={start.isPending}>
        {start.isPending ? "Starting…" : "Set up two-factor authentication"}
      </Button>
    </form>
  );
}
