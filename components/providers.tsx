"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { whenIdle } from "@/lib/client/when-idle";

// Toasts follow a user's action, never the first paint, so the toaster (sonner) is fetched
// once the browser is idle rather than with every page. A toast raised before it is mounted is
// not lost: sonner hands a late toaster the toasts already active.
const Toaster = lazy(() => import("sonner").then((module) => ({ default: module.Toaster })));

function IdleToaster() {
  const [ready, setReady] = useState(false);
  useEffect(() => whenIdle(() => setReady(true)), []);
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      {/* Saved / failed / copied notes; the live region is announced to screen readers. */}
      <Toaster position="bottom-right" theme="system" richColors closeButton />
    </Suspense>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1, refetchOnWindowFocus: false } } }),
  );
  return (
    <NuqsAdapter>
      <QueryClientProvider client={client}>
        {children}
        <IdleToaster />
      </QueryClientProvider>
    </NuqsAdapter>
  );
}
