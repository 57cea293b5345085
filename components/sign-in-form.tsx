"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import { safeNextPath } from "@/lib/client/safe-next-path";
import { SignInCodeStep } from "./sign-in-code-step";
import { callApi } from "@/lib/client/api-client";

// Fetched on submit, not with the page: the contract brings zod, which the page does not need
// before the form is sent.
const loadContract = () => import("@/lib/auth/contract");

export function SignInForm({ next }: { next: string | null }) {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  // Set when the password was accepted and the account's second factor is asked for next.
  const [codeFor, setCodeFor] = useState<string | null>(null);
  const enterConsole = () => window.location.assign(safeNextPath(next, window.location.origin));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const { sessionContract } = await loadContract();
      const result = await callApi(sessionContract.signIn, { body: { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") } });
      if (result.signedIn) return enterConsole();
      setCodeFor(result.email);
      setPending(false);
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  if (codeFor) {
    return <SignInCodeStep email={codeFor} onSignedIn={enterConsole} onStartOver={() => setCodeFor(null)} />;
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div>
        <Label htmlFor="email">Email</Label>
        <TextInput id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div>
        <Label htmlFor="password">Password</Label>
        <TextInput id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      {error ? <ErrorNote error={error} title="Could not sign in" /> : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
