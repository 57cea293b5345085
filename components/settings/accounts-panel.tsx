"use client";

import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table/data-table";
import { ErrorNote } from "@/components/ui/error-note";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { matchesAccountFilter } from "@/lib/accounts/account-filter";
import type { AccountView } from "@/lib/accounts/contract";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime } from "@/lib/format/time";
import { AccountFilters, useAccountFilter } from "./account-filters";
import { CreateAccountForm } from "./create-account-form";
import { MfaCell } from "./mfa-cell";
import { roleChangeEffect } from "./role-change";
import { SetPasswordDialog } from "./set-password-dialog";
import { useAccounts, useEndSessions, useUpdateAccount } from "./use-accounts";

/** The change waiting for confirmation; nothing is saved until the dialog's button is pressed. */
type Pending =
  | { kind: "role"; account: AccountView; to: Role }
  | { kind: "disable" | "enable"; account: AccountView }
  | { kind: "end-sessions"; account: AccountView };

export function AccountsPanel({ currentUserId }: { currentUserId: string }) {
  const accounts = useAccounts();
  const filter = useAccountFilter();
  const shown = accounts.data?.accounts.filter((account) => matchesAccountFilter(account, filter));
  const update = useUpdateAccount();
  const end = useEndSessions();
  const [pending, setPending] = useState<Pending | null>(null);
  // The role picked in each row's select, not yet saved: moving through the select changes only this.
  const [drafts, setDrafts] = useState<Record<string, Role>>({});
  const [settingPassword, setSettingPassword] = useState<AccountView | null>(null);

  const close = () => {
    setPending(null);
    update.reset();
    end.reset();
  };
  const confirm = () => {
    if (!pending) return;
    const { account } = pending;
    const done = {
      onSuccess: () => {
        setDrafts(({ [account.id]: _saved, ...rest }) => rest);
        setPending(null);
      },
    };
    if (pending.kind === "role") update.mutate({ id: account.id, change: { role: pending.to } }, done);
    else if (pending.kind === "end-sessions") end.mutate(account.id, done);
    else update.mutate({ id: account.id, change: { disabled: pending.kind === "disable" } }, done);
  };

  // Sortable. The CSV export is the server's (audited): the list is personal data.
  const columns = useMemo<DataTableColumn<AccountView>[]>(
    () => [
      { id: "email", header: "Email", accessorFn: (account) => account.email, sortFn: "alphanumeric" },
      { id: "name", header: "Name", accessorFn: (account) => account.name, sortFn: "alphanumeric" },
      {
        id: "role",
        header: "Role",
        accessorFn: (account) => account.role,
        sortFn: "alphanumeric",
        cell: ({ row }) => {
          const account = row.original;
          const draft = drafts[account.id] ?? account.role;
          return (
            <div className="flex items-center gap-2">
              <Select
                aria-label={`Role of ${account.email}`}
                value={draft}
                disabled={account.id === currentUserId}
                onChange={(e) => setDrafts((all) => ({ ...all, [account.id]: e.target.value as Role }))}
                className="w-36"
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </Select>
              {draft !== account.role ? (
                <Button variant="secondary" onClick={() => setPending({ kind: "role", account, to: draft })}>
                  Change role…
                </Button>
              ) : null}
            </div>
          );
        },
      },
      {
        id: "status",
        header: "Status",
        accessorFn: (account) => (account.disabled ? 1 : 0),
        sortFn: "basic",
        cell: ({ row }) => (
          <>
            {row.original.disabled ? <Badge tone="red">Disabled</Badge> : <Badge tone="green">Active</Badge>}
            {row.original.mustChangePassword ? <Badge tone="amber" className="ml-1">Must change password</Badge> : null}
          </>
        ),
      },
      {
        id: "signIn",
        header: "Sign-in",
        cell: ({ row }) => (row.original.signInMethods.length > 0 ? row.original.signInMethods.map(signInMethodLabel).join(", ") : "none"),
      },
      {
        id: "mfa",
        header: "MFA",
        accessorFn: (account) => account.mfa,
        sortFn: "alphanumeric",
        cell: ({ row }) => <MfaCell account={row.original} self={row.original.id === currentUserId} />,
      },
      {
        id: "lastSignIn",
        header: "Last sign-in",
        accessorFn: (account) => account.lastSignInAt ?? "",
        sortFn: "basic",
        cell: ({ row }) => (row.original.lastSignInAt ? formatDateTime(row.original.lastSignInAt) : <span className="text-slate-600 dark:text-slate-400">never</span>),
      },
      { id: "sessions", header: "Sessions", accessorFn: (account) => account.activeSessions, sortFn: "basic", meta: { align: "right" } },
      {
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        meta: { align: "right" },
        cell: ({ row }) => {
          const account = row.original;
          return (
            <div className="flex justify-end gap-2">
              {account.activeSessions > 0 ? (
                <Button variant="secondary" onClick={() => setPending({ kind: "end-sessions", account })}>
                  End sessions…
                </Button>
              ) : null}
              {account.id !== currentUserId && account.signInMethods.includes("password") ? (
                <Button variant="secondary" onClick={() => setSettingPassword(account)}>
                  Set password…
                </Button>
              ) : null}
              {account.id === currentUserId ? (
                <span className="self-center text-xs text-slate-600 dark:text-slate-400">you</span>
              ) : (
                <Button variant={account.disabled ? "secondary" : "danger"} onClick={() => setPending({ kind: account.disabled ? "enable" : "disable", account })}>
                  {account.disabled ? `Enable ${account.email}` : `Disable ${account.email}`}
                </Button>
              )}
            </div>
          );
        },
      },
    ],
    [drafts, currentUserId],
  );

  return (
    <section aria-labelledby="accounts-heading" className="space-y-4">
      <h2 id="accounts-heading" className="text-lg font-semibold">Accounts</h2>
      <CreateAccountForm />
      {accounts.isPending ? <Skeleton label="accounts" lines={3} /> : null}
      {accounts.isError ? <ErrorNote error={accounts.error} title="Could not load accounts" /> : null}
      <AccountFilters filter={filter} />
      {shown && shown.length === 0 ? <EmptyState title="No accounts match these filters" /> : null}
      {shown && shown.length > 0 ? (
        <DataTable
          label="Accounts"
          columns={columns}
          data={shown}
          rowId={(account) => account.id}
          rowTestId={(account) => `account-${account.email}`}
          sortParam="accountsSort"
        />
      ) : null}
      {pending ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => (open ? null : close())}
          title={titleOf(pending)}
          confirmLabel={confirmLabelOf(pending)}
          danger={pending.kind !== "enable"}
          pending={update.isPending || end.isPending}
          onConfirm={confirm}
        >
          <PendingEffect pending={pending} />
          {update.isError ? <ErrorNote error={update.error} title="Could not change the account" /> : null}
          {end.isError ? <ErrorNote error={end.error} title="Could not end the sessions" /> : null}
        </ConfirmDialog>
      ) : null}
      {settingPassword ? <SetPasswordDialog account={settingPassword} onClose={() => setSettingPassword(null)} /> : null}
    </section>
  );
}

function titleOf(pending: Pending): string {
  const email = pending.account.email;
  if (pending.kind === "role") return `Make ${email} ${ROLE_LABELS[pending.to]}?`;
  if (pending.kind === "disable") return `Disable ${email}?`;
  if (pending.kind === "enable") return `Enable ${email}?`;
  return `End every session of ${email}?`;
}

function confirmLabelOf(pending: Pending): string {
  if (pending.kind === "role") return `Change role to ${ROLE_LABELS[pending.to]}`;
  if (pending.kind === "disable") return "Disable account";
  if (pending.kind === "enable") return "Enable account";
  return "End sessions";
}

function PendingEffect({ pending }: { pending: Pending }) {
  if (pending.kind === "role") {
    const { gained, lost } = roleChangeEffect(pending.account.role, pending.to);
    return (
      <>
        <p>
          From {ROLE_LABELS[pending.account.role]} to {ROLE_LABELS[pending.to]}. The change applies to the account&apos;s next request.
        </p>
        <PermissionList label="Gains" permissions={gained} />
        <PermissionList label="Loses" permissions={lost} />
      </>
    );
  }
  if (pending.kind === "disable") {
    return <p>The account can no longer sign in, and its {pending.account.activeSessions} active session(s) end at once.</p>;
  }
  if (pending.kind === "enable") return <p>The account can sign in again with its existing password.</p>;
  return <p>Its {pending.account.activeSessions} active session(s) end at once; the account must sign in again.</p>;
}

function PermissionList({ label, permissions }: { label: string; permissions: readonly string[] }) {
  return (
    <div>
      <span className="font-medium">{label}:</span>{" "}
      {permissions.length === 0 ? (
        "nothing"
      ) : (
        <ul aria-label={`${label} permissions`} className="inline">
          {permissions.map((p, i) => (
            <li key={p} className="inline">
              <code>{p}</code>
              {i < permissions.length - 1 ? ", " : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "password", or "SSO (corp)" for the single sign-on provider with id `corp`. */
function signInMethodLabel(method: string): string {
  return method.startsWith("sso:") ? `SSO (${method.slice(4)})` : method;
}
