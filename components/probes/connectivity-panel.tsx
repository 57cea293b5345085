"use client";

import { LoaderCircle } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { CaBundleField } from "./ca-bundle-field";
import { ProbeHistory } from "./probe-history";
import { finishedStepCount, type ProbeProgress } from "./probe-progress";
import { TargetCard } from "./target-card";
import { useProbeRun, type ProbeRunPhase } from "./use-probe-run";

function statusLine(phase: ProbeRunPhase, progress: ProbeProgress): string {
  if (phase === "running") {
    if (progress.targets.length === 0) return "Starting the test…";
    const budget = progress.budgetMs ? `; each host has up to ${Math.round(progress.budgetMs / 1000)} s` : "";
    return `Testing ${progress.targets.length} ${progress.targets.length === 1 ? "host" : "hosts"}: ${finishedStepCount(progress)} steps done${budget}.`;
  }
  if (phase === "finished" && progress.run) return `Finished. ${progress.run.summary}`;
  return "";
}

/** Why a test may not match what the editor shows: the server tests the saved settings only. */
export function unsavedEditsNote(savedVersion: number | undefined): string {
  const version = savedVersion === undefined ? "" : ` (version ${savedVersion})`;
  return `Tests use the saved settings${version}; your unsaved changes are not tested.`;
}

/**
 * "Test connectivity" for a delivery group: contacts the gateway, EWS, ActiveSync and push
 * registration hosts named in its settings the way Secure Mail does, shows each step live, then
 * what users would see. Without `canRun` it shows the last results only. In the group editor,
 * `unsavedEdits` says the draft differs from the saved `savedVersion`, which is what the server tests.
 */
export function ConnectivityPanel({
  groupId,
  canRun,
  unsavedEdits = false,
  savedVersion,
}: {
  groupId: string;
  canRun: boolean;
  unsavedEdits?: boolean;
  savedVersion?: number;
}) {
  const noteId = useId();
  const { phase, progress, error, start } = useProbeRun(groupId);
  const [caBundlePem, setCaBundlePem] = useState("");
  const running = phase === "running";
  const status = statusLine(phase, progress);

  return (
    <section aria-labelledby="connectivity-heading" className="space-y-4">
      <div>
        <h2 id="connectivity-heading" className="text-lg font-semibold">Connectivity</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Tests the hosts named in this group&apos;s settings from this server, the way Secure Mail reaches them: DNS, TCP, TLS,
          the gateway&apos;s SOCKS5 tunnel and an EWS request without credentials.
        </p>
      </div>

      {unsavedEdits ? (
        <p id={noteId} data-testid="connectivity-unsaved-note" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
          {unsavedEditsNote(savedVersion)}
        </p>
      ) : null}

      {canRun ? (
        <div className="space-y-3">
          <CaBundleField value={caBundlePem} onChange={setCaBundlePem} disabled={running} />
          <Button onClick={() => void start({ caBundlePem: caBundlePem.trim() || null })} disabled={running} aria-busy={running} aria-describedby={unsavedEdits ? noteId : undefined}>
            {running ? <LoaderCircle aria-hidden className="size-4 animate-spin" /> : null}
            Test connectivity
          </Button>
        </div>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">Running a test needs the admin or helpdesk role; the last results are below.</p>
      )}

      {status ? <p className="text-sm">{status}</p> : null}
      {/* One polite live region: each finished step and host is read out once, without moving focus. */}
      <p aria-live="polite" aria-atomic className="sr-only">
        {progress.announcement}
      </p>
      {error ? <ErrorNote error={error} title="The connectivity test did not complete" /> : null}

      {progress.targets.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">This test</h3>
          <ul aria-label="Connectivity results" className="space-y-3">
            {progress.targets.map((entry, index) => (
              <TargetCard key={index} entry={entry} />
            ))}
          </ul>
        </div>
      ) : null}

      <ProbeHistory groupId={groupId} />
    </section>
  );
}
