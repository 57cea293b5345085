"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import { callApi } from "@/lib/client/api-client";

// Fetched on submit, not with the page: the contract brings zod, which the page does not need
// before the form is sent.
const loadContract = () => import("@/lib/auth/mfa-contract");

/**
 * The sign-in's second step, after the password was accepted: the authenticator app's code, or
 * one of the recovery codes shown at enrolment. `onSignedIn` gets how many recovery codes are
 * left when one was used (null after an app code).
 */
export function SignInCodeStep({ email, onSignedIn, onStartOver }: { email: string; onSignedIn: (recoveryCodesLeft: number | null) => void; onStartOver: () => void }) {
  const [method, setMethod] = useState<"totp" | "recovery_code">("totp");
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    setPending(true);
    setError(null);
    try {
      const { mfaContract } = await loadContract();
      const result = await callApi(mfaContract.verifySignInCode, { body: { method, code } });
      onSignedIn(result.recoveryCodesLeft);
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  const totp = method === "totp";
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {totp ? `Enter the 6-digit code your authenticator app shows for ${email}.` : `Enter one of the recovery codes you saved for ${email}. Each works once.`}
      </p>
      <div>
        <Label htmlFor="code">{totp ? "Authentication code" : "Recovery code"}</Label>
        <TextInput
          key={method}
          id="code"
          name="code"
          required
          autoFocus
          autoComplete={totp ? "one-time-code" : "off"}
          inputMode={totp ? "numeric" : "text"}
          maxLength={totp ? 6 : 20}
          spellCheck={false}
        />
      </div>
      {error ? <ErrorNote error={error} title="Could not sign in" /> : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Checking…" : "Verify"}
      </Button>
      <div className="flex justify-between text-sm">
        <button
          type="button"
          className="text-sky-700 underline hover:text-sky-900 dark:text-sky-400"
          onClick={() => {
            setMethod(totp ? "recovery_code" : "totp");
            setError(null);
          }}
        >
          {totp ? "Use a recovery code instead" : "Use the authenticator app instead"}
        </button>
        <button type="button" className="text-slate-600 underline hover:text-slate-900 dark:text-slate-400" onClick={onStartOver}>
          Start over
        </button>
      </div>
    </form>
  );
}
