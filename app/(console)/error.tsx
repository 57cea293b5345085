"use client";

import { RouteError } from "@/components/shell/route-error";
import { isDatabaseUnavailableDigest } from "@/lib/db/errors";

/**
 * A page of the console failed: the message shows inside the shell, so navigation stays. In
 * production only the digest crosses from the server; database outages carry a known one.
 */
export default function ConsoleError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = (error as { digest?: string } | null)?.digest;
  return <RouteError kind={isDatabaseUnavailableDigest(error) ? "database" : "unexpected"} reference={digest} retry={retry} />;
}
