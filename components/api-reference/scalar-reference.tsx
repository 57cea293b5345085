"use client";

import { ApiReferenceReact } from "@scalar/api-reference-react";
import { useMemo } from "react";

/**
 * Scalar's reference of the console's own document. Its stylesheet is a plain <link> (no
 * `precedence`), so React renders it in place and removes it when the page is left: the
 * styles exist only while this component does. No remote fonts (font-src is 'self'), no
 * telemetry, and no "open client" button that would call Scalar's hosted proxy.
 */
export function ScalarReference() {
  const configuration = useMemo(
    () => ({
      url: "/api/v1/openapi.json",
      withDefaultFonts: false,
      telemetry: false,
      hideClientButton: true,
      hideDarkModeToggle: true,
      showDeveloperTools: "never" as const,
      darkMode: typeof window !== "undefined" && window.matchMedia("(prefers-color-scheme: dark)").matches,
    }),
    [],
  );
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-800" data-testid="api-reference">
      <link rel="stylesheet" href="/settings/api/scalar.css" />
      <ApiReferenceReact configuration={configuration} />
    </div>
  );
}
