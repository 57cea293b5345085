"use client";

import { RouteError } from "@/components/shell/route-error";
import { isDatabaseUnavailableDigest } from "@/lib/db/errors";

/** Errors outside the console's pages (sign-in, or the console layout itself). */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = (error as { digest?: string } | null)?.digest;
  return (
    <main className="px-4">
      <RouteError kind={isDatabaseUnavailableDigest(error) ? "database" : "unexpected"} reference={digest} retry={retry} />
    </main>
  );
}
