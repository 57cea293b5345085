"use client";

import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { Skeleton } from "@/components/ui/skeleton";
import { MfaEnrolment } from "./mfa-enrolment";
import { useDisableMfa, useOwnMfa } from "./use-own-mfa";

/** The signed-in account's own security: its second factor (TOTP). */
export function SecurityPanel() {
  const status = useOwnMfa();
  const disable = useDisableMfa();
  const [enrolling, setEnrolling] = useState(false);
  const [confirmingOff, setConfirmingOff] = useState(false);
  const [password, setPassword] = useState("");

  const closeOff = () => {
    setConfirmingOff(false);
    setPassword("");
    disable.reset();
  };

  return (
    <Panel
      id="mfa"
      title="Two-factor authentication"
      description="A code from an authenticator app after your password, each time you sign in with it."
      actions={status.data?.passwordAccount ? <Badge tone={status.data.enrolled ? "green" : "slate"}>{status.data.enrolled ? "On" : "Off"}</Badge> : null}
    >
      {status.isPending ? <Skeleton label="two-factor authentication" lines={2} /> : null}
      {status.isError ? <ErrorNote error={status.error} title="Could not load your two-factor authentication" /> : null}
      {status.data && !status.data.passwordAccount ? (
        <p className="text-sm">You sign in with single sign-on only: your identity provider asks for the second factor, not the console.</p>
      ) : null}
      {status.data?.passwordAccount && status.data.required && !status.data.enrolled ? (
        <p role="status" className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-200">
          This console requires admins to use two-factor authentication. Set it up to continue: the other pages open once it is on.
        </p>
      ) : null}
      {status.data?.passwordAccount && (!status.data.enrolled || enrolling) ? (
        // `enrolling` keeps the enrolment mounted once confirmed, so its recovery codes stay on screen until dismissed.
        <MfaEnrolment onStarted={() => setEnrolling(true)} onDone={() => setEnrolling(false)} />
      ) : null}
      {status.data?.passwordAccount && status.data.enrolled && !enrolling ? (
        <div className="space-y-3 text-sm">
          <p>
            Two-factor authentication is on. {status.data.recoveryCodesLeft} of 10 recovery codes left
            {status.data.recoveryCodesLeft <= 2 ? ": turn it off and set it up again for new ones." : "."}
          </p>
          <div className="flex gap-2">
            <Button variant="secondary" onClick={() => setConfirmingOff(true)}>
              Turn off…
            </Button>
            {status.data.required ? (
              <Link href="/" className="self-center text-sky-700 underline dark:text-sky-400">
                Continue to the console
              </Link>
            ) : null}
          </div>
        </div>
      ) : null}
      {confirmingOff ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => (open ? null : closeOff())}
          title="Turn off two-factor authentication?"
          confirmLabel="Turn off"
          danger
          pending={disable.isPending}
          onConfirm={() => disable.mutate(password, { onSuccess: closeOff })}
        >
          <p>Your password alone will sign you in; the authenticator app and your recovery codes stop working.</p>
          {status.data?.required ? <p>This console requires it for admins: you will be asked to set it up again before anything else.</p> : null}
          <div>
            <Label htmlFor="disable-password">Current password</Label>
            <TextInput id="disable-password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
          </div>
          {disable.isError ? <ErrorNote error={disable.error} title="Could not turn it off" /> : null}
        </ConfirmDialog>
      ) : null}
    </Panel>
  );
}
