"use client";

import { ShownOnceSecret } from "@/components/ui/shown-once-secret";
import { useMemo, useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import type { CsvColumn } from "@/components/ui/data-table/csv";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table/data-table";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import { formatDateTime as formatTime } from "@/lib/format/time";
import type { TokenView } from "@/lib/tokens/contract";
import { useCreateToken, useRevokeToken, useTokens } from "./use-tokens";
import { Skeleton } from "@/components/ui/skeleton";

/** Ingestion tokens: for devices and directory connectors sending telemetry, never for the console itself. */
export function TokensPanel() {
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const { mutate } = revoke;
  const columns = useMemo(() => tokenColumns(revoke.isPending, (id) => mutate(id)), [revoke.isPending, mutate]);

  return (
    <section aria-labelledby="tokens-heading" className="mt-10 space-y-4">
      <div>
        <h2 id="tokens-heading" className="text-lg font-semibold">Ingestion tokens</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Bearer tokens for the telemetry ingestion API (<code>/api/v1/ingest/…</code>). They cannot sign in or call any other API.
        </p>
      </div>
      <CreateTokenForm />
      {revoke.isError ? <ErrorNote error={revoke.error} title="Could not revoke the token" /> : null}
      {tokens.isPending ? <Skeleton label="tokens" lines={3} /> : null}
      {tokens.isError ? <ErrorNote error={tokens.error} title="Could not load tokens" /> : null}
      {tokens.data && tokens.data.tokens.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No tokens yet.</p> : null}
      {tokens.data && tokens.data.tokens.length > 0 ? (
        <DataTable
          label="Ingestion tokens"
          columns={columns}
          data={tokens.data.tokens}
          rowId={(token) => token.id}
          rowTestId={(token) => `token-${token.name}`}
          csv={tokenCsv}
          sortParam="tokensSort"
        />
      ) : null}
    </section>
  );
}

function CreateTokenForm() {
  const create = useCreateToken();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    create.mutate({ name: String(new FormData(form).get("name")) }, { onSuccess: () => form.reset() });
  }

  return (
    <div className="space-y-3">
      <form onSubmit={submit} className="flex items-end gap-3" aria-label="Create an ingestion token">
        <div className="w-80">
          <Label htmlFor="new-token-name">Token name</Label>
          <TextInput id="new-token-name" name="name" required maxLength={100} placeholder="e.g. MDM telemetry connector" />
        </div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create token"}
        </Button>
      </form>
      <div aria-live="polite">
        {create.isError ? <ErrorNote error={create.error} title="Could not create the token" /> : null}
        {create.data ? (
          <ShownOnceSecret
            heading={`Token “${create.data.token.name}” created. Copy it now: it will not be shown again.`}
            secret={create.data.secret}
            what="token"
            testId="new-token-secret"
            onDone={() => create.reset()}
          >
            <p>Store it in the sending system&apos;s secret store. Anyone holding it can send telemetry until it is revoked.</p>
          </ShownOnceSecret>
        ) : null}
      </div>
    </div>
  );
}

// No creator emails: a client-side export is not audited, so it carries no personal data.
const tokenCsv: CsvColumn<TokenView>[] = [
  { header: "Name", value: (token) => token.name },
  { header: "Prefix", value: (token) => token.prefix },
  { header: "Created", value: (token) => token.createdAt },
  { header: "Last used", value: (token) => token.lastUsedAt },
  { header: "Revoked", value: (token) => token.revokedAt },
];

function tokenColumns(revoking: boolean, onRevoke: (id: string) => void): DataTableColumn<TokenView>[] {
  return [
    { id: "name", header: "Name", accessorFn: (token) => token.name, sortFn: "alphanumeric" },
    { id: "prefix", header: "Prefix", accessorFn: (token) => token.prefix, sortFn: "alphanumeric", cell: ({ row }) => <span className="font-mono text-xs">{row.original.prefix}…</span> },
    { id: "createdBy", header: "Created by", accessorFn: (token) => token.createdByEmail ?? "", sortFn: "alphanumeric", cell: ({ row }) => row.original.createdByEmail ?? "—" },
    { id: "created", header: "Created", accessorFn: (token) => token.createdAt, sortFn: "basic", cell: ({ row }) => formatTime(row.original.createdAt) },
    {
      id: "lastUsed",
      header: "Last used",
      accessorFn: (token) => token.lastUsedAt ?? "",
      sortFn: "basic",
      cell: ({ row }) => (row.original.lastUsedAt ? formatTime(row.original.lastUsedAt) : "never"),
    },
    {
      id: "status",
      header: "Status",
      // Active first when ascending.
      accessorFn: (token) => (token.revokedAt === null ? 0 : 1),
      sortFn: "basic",
      cell: ({ row }) => (row.original.revokedAt ? <Badge tone="red">Revoked {formatTime(row.original.revokedAt)}</Badge> : <Badge tone="green">Active</Badge>),
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      meta: { align: "right" },
      cell: ({ row }) => <RevokeAction token={row.original} revoking={revoking} onRevoke={() => onRevoke(row.original.id)} />,
    },
  ];
}

function RevokeAction({ token, revoking, onRevoke }: { token: TokenView; revoking: boolean; onRevoke: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (token.revokedAt !== null) return null;
  return confirming ? (
    <span className="inline-flex items-center gap-2">
      <span className="text-xs">Senders using it stop at once.</span>
      <Button variant="danger" disabled={revoking} onClick={onRevoke}>
        Confirm revoke
      </Button>
      <Button variant="ghost" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
    </span>
  ) : (
    <Button variant="secondary" onClick={() => setConfirming(true)} aria-label={`Revoke ${token.name}`}>
      Revoke
    </Button>
  );
}
