"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A webhook's signing secret, this once: it is stored encrypted and never shown again. */
export function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
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
      <p className="font-medium">Webhook “{name}” created. Copy its signing secret now: it will not be shown again.</p>
      <div className="flex items-center gap-2">
        <code data-testid="new-channel-secret" className="flex-1 break-all rounded bg-white px-2 py-1 font-mono text-xs dark:bg-slate-900">
          {secret}
        </code>
        <Button variant="secondary" onClick={copy}>
          {copied === "yes" ? "Copied" : "Copy"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
      {copied === "failed" ? <p>The browser refused clipboard access; select the secret and copy it by hand.</p> : null}
      <p>
        The receiver checks X-RichPush-Signature: <code>sha256=</code> HMAC-SHA256 with this secret over <code>&lt;X-RichPush-Timestamp&gt;.&lt;body&gt;</code> (see the
        alertNotice webhook in the API reference).
      </p>
    </div>
  );
}
