"use client";

import { useState, type ReactNode } from "react";
import { Button } from "./button";

/**
 * A secret the server shows this once (ingestion tokens and API keys are stored hashed, webhook
 * secrets encrypted): the secret with Copy and Done, a fallback when the clipboard is refused,
 * and `children` saying how it is used.
 */
export function ShownOnceSecret({
  heading,
  secret,
  what,
  testId,
  onDone,
  children,
}: {
  heading: ReactNode;
  secret: string;
  /** What the secret is called in the clipboard fallback ("token", "key", "secret"). */
  what: string;
  testId: string;
  onDone: () => void;
  children: ReactNode;
}) {
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
      <p className="font-medium">{heading}</p>
      <div className="flex items-center gap-2">
        <code data-testid={testId} className="flex-1 break-all rounded bg-white px-2 py-1 font-mono text-xs dark:bg-slate-900">
          {secret}
        </code>
        <Button variant="secondary" onClick={copy}>
          {copied === "yes" ? "Copied" : "Copy"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
      {copied === "failed" ? <p>The browser refused clipboard access; select the {what} and copy it by hand.</p> : null}
      {children}
    </div>
  );
}
