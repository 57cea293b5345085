"use client";

import dynamic from "next/dynamic";

// Scalar (Vue inside) weighs several hundred kB: loaded only on this page, after first paint,
// and in the browser only (it measures the DOM).
const ScalarReference = dynamic(() => import("./scalar-reference").then((module) => module.ScalarReference), {
  ssr: false,
  loading: () => (
    <div role="status" className="space-y-3" aria-label="Loading the API reference">
      <div className="h-6 w-1/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-40 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
    </div>
  ),
});

export function ApiReference() {
  return <ScalarReference />;
}
