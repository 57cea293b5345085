"use client";

import { ShownOnceSecret } from "@/components/ui/shown-once-secret";
import { useMemo, useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table/data-table";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, Select, TextInput } from "@/components/ui/field";
import { Skeleton } from "@/components/ui/skeleton";
import { GRANTABLE_SCOPES, type ApiKeyView } from "@/lib/api-keys/contract";
import { PERMISSION_LABELS, type Permission } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format/time";
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from "./use-api-keys";

/** Expiry choices; the API takes any whole number of days from 1 to 365. */
const EXPIRY_DAYS = [7, 30, 90, 180, 365] as const;

/** API keys: for integrations (an ITSM, a script) calling the console's user API with some of its permissions. */
export function ApiKeysPanel() {
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [revoking, setRevoking] = useState<ApiKeyView | null>(null);

  const close = () => {
    setRevoking(null);
    revoke.reset();
  };

  // Memoized: new cell renderers on every render would remount the Revoke buttons, and the dialog
  // could not give focus back to the one that opened it.
  const columns = useMemo<DataTableColumn<ApiKeyView>[]>(() => [
    { id: "name", header: "Name", accessorFn: (key) => key.name, sortFn: "alphanumeric", cell: ({ row }) => row.original.name },
    { id: "prefix", header: "Prefix", accessorFn: (key) => key.prefix, cell: ({ row }) => <code className="font-mono text-xs">{row.original.prefix}…</code> },
    {
      id: "scopes",
      header: "Scopes",
      accessorFn: (key) => key.scopes.join(" "),
      cell: ({ row }) => (
        <ul aria-label={`Scopes of ${row.original.name}`} className="flex flex-wrap gap-1">
          {row.original.scopes.map((scope) => (
            <li key={scope}>
              <code className="rounded bg-slate-100 px-1 text-xs dark:bg-slate-800">{scope}</code>
            </li>
          ))}
        </ul>
      ),
    },
    { id: "createdBy", header: "Created by", accessorFn: (key) => key.createdByEmail, sortFn: "alphanumeric", cell: ({ row }) => row.original.createdByEmail },
    { id: "expires", header: "Expires", accessorFn: (key) => key.expiresAt, sortFn: "basic", cell: ({ row }) => formatDateTime(row.original.expiresAt) },
    {
      id: "lastUsed",
      header: "Last used",
      accessorFn: (key) => key.lastUsedAt ?? "",
      sortFn: "basic",
      cell: ({ row }) => (row.original.lastUsedAt ? formatDateTime(row.original.lastUsedAt) : <span className="text-slate-600 dark:text-slate-400">never</span>),
    },
    { id: "status", header: "Status", accessorFn: statusOf, sortFn: "alphanumeric", cell: ({ row }) => <StatusBadge apiKey={row.original} /> },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      meta: { align: "right" },
      cell: ({ row }) =>
        statusOf(row.original) === "active" ? (
          <Button variant="secondary" onClick={() => setRevoking(row.original)} aria-label={`Revoke ${row.original.name}`}>
            Revoke…
          </Button>
        ) : null,
    },
  ], []);

  return (
    <section aria-labelledby="api-keys-heading" className="mt-10 space-y-4">
      <div>
        <h2 id="api-keys-heading" className="text-lg font-semibold">API keys</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Bearer keys for integrations calling the console&apos;s API (<code>/api/v1/…</code>, not ingestion) with the permissions you tick, until they expire or are revoked. A key acts for
          the admin who created it and never beyond that admin&apos;s own role; the audit log names the key.
        </p>
      </div>
      <CreateApiKeyForm />
      {keys.isPending ? <Skeleton label="API keys" lines={3} /> : null}
      {keys.isError ? <ErrorNote error={keys.error} title="Could not load API keys" /> : null}
      {keys.data && keys.data.apiKeys.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No API keys yet.</p> : null}
      {keys.data && keys.data.apiKeys.length > 0 ? (
        <DataTable label="API keys" columns={columns} data={keys.data.apiKeys} rowId={(key) => key.id} rowTestId={(key) => `api-key-${key.name}`} />
      ) : null}
      {revoking ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => (open ? null : close())}
          title={`Revoke API key ${revoking.name}?`}
          confirmLabel="Revoke key"
          danger
          pending={revoke.isPending}
          onConfirm={() => revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
        >
          <p>Every integration using the key ({revoking.prefix}…) is refused from its next request on. This cannot be undone; a new key has a new secret.</p>
          {revoke.isError ? <ErrorNote error={revoke.error} title="Could not revoke the key" /> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function statusOf(key: ApiKeyView): "revoked" | "expired" | "active" {
  if (key.revokedAt) return "revoked";
  return new Date(key.expiresAt).getTime() <= Date.now() ? "expired" : "active";
}

function StatusBadge({ apiKey }: { apiKey: ApiKeyView }) {
  const status = statusOf(apiKey);
  if (status === "revoked") return <Badge tone="red">Revoked {formatDateTime(apiKey.revokedAt)}</Badge>;
  if (status === "expired") return <Badge tone="amber">Expired</Badge>;
  return <Badge tone="green">Active</Badge>;
}

function CreateApiKeyForm() {
  const create = useCreateApiKey();
  const [scopes, setScopes] = useState<Permission[]>([]);

  function toggle(scope: Permission, on: boolean) {
    setScopes((current) => (on ? GRANTABLE_SCOPES.filter((s) => s === scope || current.includes(s)) : current.filter((s) => s !== scope)));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    create.mutate(
      { name: String(data.get("name")), scopes, expiresInDays: Number(data.get("expiresInDays")) },
      {
        onSuccess: () => {
          form.reset();
          setScopes([]);
        },
      },
    );
  }

  return (
    <div className="space-y-3">
      <form onSubmit={submit} className="space-y-3" aria-label="Create an API key">
        <div className="flex flex-wrap items-end gap-3">
          <div className="w-80">
            <Label htmlFor="new-api-key-name">Key name</Label>
            <TextInput id="new-api-key-name" name="name" required maxLength={100} placeholder="e.g. ITSM ticket enrichment" />
          </div>
          <div className="w-40">
            <Label htmlFor="new-api-key-expiry">Expires after</Label>
            <Select id="new-api-key-expiry" name="expiresInDays" defaultValue="90">
              {EXPIRY_DAYS.map((days) => (
                <option key={days} value={days}>
                  {days} days
                </option>
              ))}
            </Select>
          </div>
        </div>
        <fieldset>
          <legend className="mb-1 text-sm font-medium">Scopes</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {GRANTABLE_SCOPES.map((scope) => (
              <label key={scope} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={scopes.includes(scope)} onChange={(e) => toggle(scope, e.target.checked)} />
                <code className="text-xs">{scope}</code>
                <span className="text-slate-600 dark:text-slate-400">{PERMISSION_LABELS[scope]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit" disabled={create.isPending || scopes.length === 0}>
          {create.isPending ? "Creating…" : "Create API key"}
        </Button>
      </form>
      <div aria-live="polite">
        {create.isError ? <ErrorNote error={create.error} title="Could not create the API key" /> : null}
        {create.data ? (
          <ShownOnceSecret
            heading={`API key “${create.data.apiKey.name}” created. Copy it now: it will not be shown again.`}
            secret={create.data.secret}
            what="key"
            testId="new-api-key-secret"
            onDone={() => create.reset()}
          >
            <p>
              Send it as <code>Authorization: Bearer …</code>. Store it in the integration&apos;s secret store: anyone holding it can do what its scopes allow until it expires or is
              revoked.
            </p>
          </ShownOnceSecret>
        ) : null}
      </div>
    </div>
  );
}
