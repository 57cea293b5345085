"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, Select, TextInput } from "@/components/ui/field";
import type { ChannelKind, CreateChannelInput } from "@/lib/alerts/channels/contract";
import { ShownOnceSecret } from "@/components/ui/shown-once-secret";
import { useCreateChannel } from "./use-alert-channels";

/** Recipients as typed: separated by commas, semicolons or whitespace. */
function recipientsOf(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

export function CreateChannelForm({ smtpConfigured }: { smtpConfigured: boolean }) {
  const create = useCreateChannel();
  const [kind, setKind] = useState<ChannelKind>("webhook");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get("name"));
    const input: CreateChannelInput =
      kind === "webhook" ? { kind, name, url: String(data.get("url")) } : { kind, name, recipients: recipientsOf(String(data.get("recipients"))) };
    create.mutate(input, { onSuccess: () => form.reset() });
  }

  return (
    <div className="space-y-3">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="Create an alert channel">
        <div>
          <Label htmlFor="new-channel-kind">Kind</Label>
          <Select id="new-channel-kind" value={kind} onChange={(event) => setKind(event.target.value as ChannelKind)}>
            <option value="webhook">Webhook</option>
            <option value="email">Email</option>
          </Select>
        </div>
        <div className="w-64">
          <Label htmlFor="new-channel-name">Name</Label>
          <TextInput id="new-channel-name" name="name" required maxLength={100} placeholder="e.g. On-call chat" />
        </div>
        {kind === "webhook" ? (
          <div className="w-96">
            <Label htmlFor="new-channel-url">URL</Label>
            <TextInput id="new-channel-url" name="url" type="url" required maxLength={2000} placeholder="https://hooks.example.com/alerts" />
          </div>
        ) : (
          <div className="w-96">
            <Label htmlFor="new-channel-recipients">Recipients</Label>
            <TextInput id="new-channel-recipients" name="recipients" required placeholder="oncall@example.com, lead@example.com" />
          </div>
        )}
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create channel"}
        </Button>
      </form>
      {kind === "email" && !smtpConfigured ? (
        <p className="text-sm text-amber-800 dark:text-amber-300">No mail server is configured (SMTP_URL): email deliveries fail until it is set.</p>
      ) : null}
      <div aria-live="polite">
        {create.isError ? <ErrorNote error={create.error} title="Could not create the channel" /> : null}
        {create.data?.secret ? (
          <ShownOnceSecret
            heading={`Webhook “${create.data.channel.name}” created. Copy its signing secret now: it will not be shown again.`}
            secret={create.data.secret}
            what="secret"
            testId="new-channel-secret"
            onDone={() => create.reset()}
          >
            <p>
              The receiver checks X-RichPush-Signature: <code>sha256=</code> HMAC-SHA256 with this secret over <code>&lt;X-RichPush-Timestamp&gt;.&lt;body&gt;</code> (see
              the alertNotice webhook in the API reference).
            </p>
          </ShownOnceSecret>
        ) : null}
      </div>
    </div>
  );
}
