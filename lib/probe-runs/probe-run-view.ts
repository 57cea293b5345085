import type { ProbeRun as ProbeRunRow } from "@/generated/prisma/client";
import { summarizeProbeResult } from "@/lib/probe-runs/summarize-probe-result";
import type { ProbeCertificate, ProbeRunStatus, ProbeRunView, StoredProbeResult } from "@/lib/probe-runs/views";
import { PROBE_RUN_TRIGGERS, type ProbeRunTrigger } from "@/lib/probe-schedule/triggers";

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

/** A certificate as the TLS step recorded it, with the facts an alert names (subject, fingerprint). */
export type SeenCertificate = ProbeCertificate & { subject: string; fingerprint256: string | null };

/**
 * The certificates a run received, read from its stored result: the TLS step records validTo and
 * daysToExpiry whenever a certificate arrived, even one that failed verification. Derived rather
 * than stored twice, so the stored result stays the one record of the run.
 */
export function seenCertificatesOf(result: StoredProbeResult | null): SeenCertificate[] {
  if (!result) return [];
  return result.results.flatMap(({ target, steps }) => {
    const data = steps.find((step) => step.name === "tls")?.data;
    if (typeof data?.validTo !== "string" || typeof data.daysToExpiry !== "number") return [];
    return [
      {
        kind: target.kind,
        host: target.host,
        port: target.port,
        validTo: data.validTo,
        daysToExpiry: data.daysToExpiry,
        subject: typeof data.subject === "string" ? data.subject : "",
        fingerprint256: typeof data.fingerprint256 === "string" ? data.fingerprint256 : null,
      },
    ];
  });
}

export function certificatesOf(result: StoredProbeResult | null): ProbeCertificate[] {
  return seenCertificatesOf(result).map(({ kind, host, port, validTo, daysToExpiry }) => ({ kind, host, port, validTo, daysToExpiry }));
}

const triggerOf = (value: string): ProbeRunTrigger => (PROBE_RUN_TRIGGERS as readonly string[]).includes(value) ? (value as ProbeRunTrigger) : "manual";

export function toProbeRunView(row: ProbeRunRow, now = new Date()): ProbeRunView {
  const status = statusOf(row, now);
  // Written only by runGroupProbes, always in this shape.
  const result = (row.result ?? null) as StoredProbeResult | null;
  const verdict = status === "finished" && result ? summarizeProbeResult(result) : null;
  return {
    id: row.id,
    groupId: row.groupId,
    trigger: triggerOf(row.trigger),
    actorEmail: row.actorEmail,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    status,
    ok: verdict?.ok ?? null,
    causes: verdict?.causes ?? [],
    summary: verdict?.summary ?? PENDING_SUMMARY[status === "finished" ? "unfinished" : status],
    certificates: certificatesOf(result),
    result,
  };
}
