"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { callApi } from "@/lib/client/api-client";

// Fetched on submit, not with the page: the contract brings zod, which the page does not need
// before the form is sent.
const loadContract = () => import("@/lib/auth/contract");

export type SsoProviderLink = { id: string; name: string };

/** One "Sign in with …" button per configured provider; each leaves for the provider's page. */
export function SsoButtons({ providers, next }: { providers: readonly SsoProviderLink[]; next: string | null }) {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function start(provider: string) {
    setPending(provider);
    setError(null);
    try {
      const { sessionContract } = await loadContract();
      const { url } = await callApi(sessionContract.startSso, { body: { provider, ...(next ? { next } : {}) } });
      window.location.assign(url);
    } catch (caught) {
      setError(caught);
      setPending(null);
    }
  }

  return (
    <div className="space-y-2">
      {providers.map((provider) => (
        <Button key={provider.id} variant="secondary" className="w-full" disabled={pending !== null} onClick={() => void start(provider.id)}>
          {pending === provider.id ? `Opening ${provider.name}…` : `Sign in with ${provider.name}`}
        </Button>
      ))}
      {error ? <ErrorNote error={error} title="Could not start single sign-on" /> : null}
    </div>
  );
}
