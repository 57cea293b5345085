"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ErrorState } from "./error-state";

/**
 * Shown by the console layout when the session cannot be looked up because the database is
 * down: the error boundaries' database state, with Try again re-rendering the page on the server.
 */
export function DatabaseUnavailable() {
  const router = useRouter();
  const [retrying, startTransition] = useTransition();
  return <ErrorState kind="database" retrying={retrying} onRetry={() => startTransition(() => router.refresh())} />;
}
