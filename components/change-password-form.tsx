"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import { callApi } from "@/lib/client/api-client";

// Fetched on submit, not with the page: the contract brings zod, which the page does not need
// before the form is sent.
const loadContract = () => import("@/lib/auth/password-contract");

export function ChangePasswordForm() {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const { passwordContract } = await loadContract();
      await callApi(passwordContract.change, { body: { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") } });
      // A full load: the server decides again what this session may open.
      window.location.assign("/");
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div>
        <Label htmlFor="currentPassword">Current password</Label>
        <TextInput id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required autoFocus />
      </div>
      <div>
        <Label htmlFor="newPassword">New password</Label>
        <TextInput id="newPassword" name="newPassword" type="password" autoComplete="new-password" required minLength={12} maxLength={128} aria-describedby="new-password-hint" />
        <p id="new-password-hint" className="mt-1 text-xs text-slate-600 dark:text-slate-400">At least 12 characters, different from the current one.</p>
      </div>
      {error ? <ErrorNote error={error} title="Could not change the password" /> : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
