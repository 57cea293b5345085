"use client";

import { useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
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
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-300 text-xs uppercase text-slate-600 dark:text-slate-400 dark:border-slate-700">
            <tr>
              <th className="py-2 pr-3">Name</th>
              <th className="py-2 pr-3">Prefix</th>
              <th className="py-2 pr-3">Created by</th>
              <th className="py-2 pr-3">Created</th>
              <th className="py-2 pr-3">Last used</th>
              <th className="py-2 pr-3">Status</th>
              <th className="py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.tokens.map((token) => (
              <TokenRow key={token.id} token={token} revoking={revoke.isPending} onRevoke={() => revoke.mutate(token.id)} />
            ))}
          </tbody>
        </table>
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
        {create.data ? <NewSecret name={create.data.token.name} secret={create.data.secret} onDone={() => create.reset()} /> : null}
      </div>
    </div>
  );
}

/** The secret, this once: only its hash is stored, so it cannot be shown again. */
function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
      <p className="font-medium">Token “{name}” created. Copy it now: it will not be shown again.</p>
      <div className="flex items-center gap-2">
        <code data-testid="new-token-secret" className="flex-1 break-all rounded bg-white px-2 py-1 font-mono text-xs dark:bg-slate-900">
          {secret}
        </code>
        <Button variant="secondary" onClick={copy}>
          {copied === "yes" ? "Copied" : "Copy"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
      {copied === "failed" ? <p>The browser refused clipboard access; select the token and copy it by hand.</p> : null}
      <p>Store it in the sending system&apos;s secret store. Anyone holding it can send telemetry until it is revoked.</p>
    </div>
  );
}

function TokenRow({ token, revoking, onRevoke }: { token: TokenView; revoking: boolean; onRevoke: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const revoked = token.revokedAt !== null;

  return (
    <tr className="border-b border-slate-200 dark:border-slate-800" data-testid={`token-${token.name}`}>
      <td className="py-2 pr-3">{token.name}</td>
      <td className="py-2 pr-3 font-mono text-xs">{token.prefix}…</td>
      <td className="py-2 pr-3">{token.createdByEmail ?? "—"}</td>
      <td className="py-2 pr-3">{formatTime(token.createdAt)}</td>
      <td className="py-2 pr-3">{token.lastUsedAt ? formatTime(token.lastUsedAt) : "never"}</td>
      <td className="py-2 pr-3">
        {revoked ? <Badge tone="red">Revoked {formatTime(token.revokedAt!)}</Badge> : <Badge tone="green">Active</Badge>}
      </td>
      <td className="py-2 text-right">
        {revoked ? null : confirming ? (
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
        )}
      </td>
    </tr>
  );
}

