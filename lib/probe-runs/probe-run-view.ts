import type { ProbeRun as ProbeRunRow } from "@/generated/prisma/client";
import { summarizeProbeResult } from "@/lib/probe-runs/summarize-probe-result";
import type { ProbeRunStatus, ProbeRunView, StoredProbeResult } from "@/lib/probe-runs/views";

/** A run still without a result this long after its start will never get one (the server stopped mid-run). */
const UNFINISHED_AFTER_MS = 5 * 60_000;

function statusOf(row: ProbeRunRow, now: Date): ProbeRunStatus {
  if (row.finishedAt) return "finished";
  return now.getTime() - row.startedAt.getTime() > UNFINISHED_AFTER_MS ? "unfinished" : "running";
}

const PENDING_SUMMARY: Record<Exclude<ProbeRunStatus, "finished">, string> = {
  running: "Running…",
  unfinished: "Did not finish: the server stopped during the test",
};

export function toProbeRunView(row: ProbeRunRow, now = new Date()): ProbeRunView {
  const status = statusOf(row, now);
  // Written only by runGroupProbes, always in this shape.
  const result = (row.result ?? null) as StoredProbeResult | null;
  const verdict = status === "finished" && result ? summarizeProbeResult(result) : null;
  return {
    id: row.id,
    groupId: row.groupId,
    actorEmail: row.actorEmail,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    status,
    ok: verdict?.ok ?? null,
    causes: verdict?.causes ?? [],
    summary: verdict?.summary ?? PENDING_SUMMARY[status === "finished" ? "unfinished" : status],
    result,
  };
}
