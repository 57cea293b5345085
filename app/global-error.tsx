"use client";

import { RouteError } from "@/components/shell/route-error";
import { isDatabaseUnavailableDigest } from "@/lib/db/errors";
import "./globals.css";

/** The root layout itself failed: this replaces it, so it brings its own document and styles. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = (error as { digest?: string } | null)?.digest;
  return (
    <html lang="en">
      <body className="min-h-screen px-4 antialiased">
        <title>Error · Rich Push Console</title>
        <RouteError kind={isDatabaseUnavailableDigest(error) ? "database" : "unexpected"} reference={digest} retry={retry} />
      </body>
    </html>
  );
}
