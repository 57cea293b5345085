"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useState, type ReactNode } from "react";
import { Toaster } from "sonner";

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1, refetchOnWindowFocus: false } } }),
  );
  return (
    <NuqsAdapter>
      <QueryClientProvider client={client}>
        {children}
        {/* Saved / failed / copied notes; the live region is announced to screen readers. */}
        <Toaster position="bottom-right" theme="system" richColors closeButton />
      </QueryClientProvider>
    </NuqsAdapter>
  );
}
