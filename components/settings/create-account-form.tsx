"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, Select, TextInput } from "@/components/ui/field";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { useCreateAccount } from "./use-accounts";

export function CreateAccountForm() {
  const create = useCreateAccount();
  const [created, setCreated] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get("email"));
    create.mutate(
      { email, name: String(form.get("name")), role: String(form.get("role")) as Role, password: String(form.get("password")) },
      {
        onSuccess: () => {
          setCreated(email);
          formElement.reset();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="grid grid-cols-5 items-end gap-3" aria-label="Create an account">
      <div>
        <Label htmlFor="new-email">Email</Label>
        <TextInput id="new-email" name="email" type="email" required />
      </div>
      <div>
        <Label htmlFor="new-name">Name</Label>
        <TextInput id="new-name" name="name" required />
      </div>
      <div>
        <Label htmlFor="new-role">Role</Label>
        <Select id="new-role" name="role" defaultValue="helpdesk">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="new-password">Initial password</Label>
        <TextInput id="new-password" name="password" type="password" minLength={12} required autoComplete="new-password" />
      </div>
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create account"}
      </Button>
      <div className="col-span-5" aria-live="polite">
        {create.isError ? <ErrorNote error={create.error} title="Could not create the account" /> : null}
        {created && create.isSuccess ? <p className="text-sm text-emerald-700 dark:text-emerald-300">Created {created}.</p> : null}
      </div>
    </form>
  );
}
