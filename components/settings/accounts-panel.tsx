"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { Select } from "@/components/ui/field";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { CreateAccountForm } from "./create-account-form";
import { useAccounts, useUpdateAccount } from "./use-accounts";
import { Skeleton } from "@/components/ui/skeleton";

export function AccountsPanel({ currentUserId }: { currentUserId: string }) {
  const accounts = useAccounts();
  const update = useUpdateAccount();

  return (
    <section aria-labelledby="accounts-heading" className="space-y-4">
      <h2 id="accounts-heading" className="text-lg font-semibold">Accounts</h2>
      <CreateAccountForm />
      {update.isError ? <ErrorNote error={update.error} title="Could not change the account" /> : null}
      {accounts.isPending ? <Skeleton label="accounts" lines={3} /> : null}
      {accounts.isError ? <ErrorNote error={accounts.error} title="Could not load accounts" /> : null}
      {accounts.data ? (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-300 text-xs uppercase text-slate-600 dark:text-slate-400 dark:border-slate-700">
            <tr>
              <th className="py-2 pr-3">Email</th>
              <th className="py-2 pr-3">Name</th>
              <th className="py-2 pr-3">Role</th>
              <th className="py-2 pr-3">Status</th>
              <th className="py-2 pr-3">Sessions</th>
              <th className="py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {accounts.data.accounts.map((account) => {
              const self = account.id === currentUserId;
              return (
                <tr key={account.id} className="border-b border-slate-200 dark:border-slate-800" data-testid={`account-${account.email}`}>
                  <td className="py-2 pr-3">{account.email}</td>
                  <td className="py-2 pr-3">{account.name}</td>
                  <td className="py-2 pr-3">
                    <Select
                      aria-label={`Role of ${account.email}`}
                      value={account.role}
                      disabled={self || update.isPending}
                      onChange={(e) => update.mutate({ id: account.id, change: { role: e.target.value as Role } })}
                      className="w-36"
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </Select>
                  </td>
                  <td className="py-2 pr-3">{account.disabled ? <Badge tone="red">Disabled</Badge> : <Badge tone="green">Active</Badge>}</td>
                  <td className="py-2 pr-3">{account.activeSessions}</td>
                  <td className="py-2 text-right">
                    {self ? (
                      <span className="text-xs text-slate-600 dark:text-slate-400">you</span>
                    ) : (
                      <Button
                        variant={account.disabled ? "secondary" : "danger"}
                        disabled={update.isPending}
                        onClick={() => update.mutate({ id: account.id, change: { disabled: !account.disabled } })}
                      >
                        {account.disabled ? `Enable ${account.email}` : `Disable ${account.email}`}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
