"use client";

import { useTransition } from "react";
import { ErrorState, type ErrorKind } from "./error-state";

/**
 * The body of the app's error boundaries (app/error.tsx, app/(console)/error.tsx,
 * app/global-error.tsx). `retry` re-fetches the failed segment from the server and renders it
 * again; in a transition, so the button says it is trying until the answer is in.
 */
export function RouteError({ kind, reference, retry }: { kind: ErrorKind; reference?: string; retry(): void }) {
  const [retrying, startTransition] = useTransition();
  return <ErrorState kind={kind} reference={reference} retrying={retrying} onRetry={() => startTransition(() => retry())} />;
}
