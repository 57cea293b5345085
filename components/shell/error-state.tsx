"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

export type ErrorKind = "database" | "unexpected";

type Props = {
  kind: ErrorKind;
  /** The error's digest: the same id is in the server log, so an admin can find what happened. */
  reference?: string;
  onRetry(): void;
  retrying?: boolean;
};

const TEXT: Record<ErrorKind, { title: string; body: string }> = {
  database: {
    title: "The console cannot reach its database",
    body:
      "Nothing was changed. The database is not answering: it may be restarting, overloaded or stopped. " +
      "This page works again as soon as the database answers; try again in a few seconds.",
  },
  unexpected: {
    title: "Something went wrong on our side",
    body: "This page could not be shown. Trying again often helps; if it keeps happening, tell your administrator.",
  },
};

/**
 * What an error boundary shows: what happened in plain words, and Try again. Focus moves to the
 * heading when it appears, so keyboard and screen reader users land on the message, and Tab
 * reaches Try again next.
 */
export function ErrorState({ kind, reference, onRetry, retrying = false }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { title, body } = TEXT[kind];
  return (
    <section
      role="alert"
      aria-labelledby="error-state-title"
      className="mx-auto mt-24 max-w-lg rounded-lg border border-red-300 bg-red-50 p-6 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
    >
      <h1 id="error-state-title" ref={heading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        {title}
      </h1>
      <p className="mt-2 text-sm">{body}</p>
      {reference && kind === "unexpected" ? (
        <p className="mt-2 text-sm text-red-900/80 dark:text-red-200/80">
          Reference for the server log: <code>{reference}</code>
        </p>
      ) : null}
      <div className="mt-4 flex items-center gap-4">
        <Button onClick={onRetry} disabled={retrying} aria-busy={retrying}>
          {retrying ? "Trying again…" : "Try again"}
        </Button>
        {kind === "database" ? (
          <a className="text-sm underline" href="/api/health">
            Database status
          </a>
        ) : (
          <a className="text-sm underline" href="/">
            Back to the dashboard
          </a>
        )}
      </div>
    </section>
  );
}
