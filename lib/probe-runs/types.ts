import type { CauseCode } from "@/lib/domain/outcomes";
import type { ProbeEvent, ProbePolicy, ProbeRun, ProbeTarget } from "@/lib/probes/types";

/**
 * Types of stored connectivity test runs and of their NDJSON stream. Pure: the panel imports them.
 */

/** One certificate of an uploaded CA bundle, as recorded with the run (the PEM itself is never stored). */
export type CaBundleCertificate = { subject: string; issuer: string; validTo: string; fingerprint256: string };

/** The JSON stored in ProbeRun.result: the probe library's run plus what shaped it. */
export type StoredProbeResult = ProbeRun & {
  /** The group's policy at the time of the run (it decides the policy notes). */
  policy: ProbePolicy;
  /** Certificates of the extra CA bundle the caller sent, or null when none was sent. */
  caBundle: { certificates: CaBundleCertificate[] } | null;
};

/** `unfinished`: no result was stored long after the start (the server stopped mid-run). */
export type ProbeRunStatus = "running" | "finished" | "unfinished";

export type ProbeRunView = {
  id: string;
  groupId: string;
  actorEmail: string | null;
  startedAt: string;
  finishedAt: string | null;
  status: ProbeRunStatus;
  /** Null until finished. */
  ok: boolean | null;
  /** The distinct causes users would see, in target order. */
  causes: CauseCode[];
  /** One line for lists. */
  summary: string;
  result: StoredProbeResult | null;
};

/** One line of the `application/x-ndjson` answer to POST /api/v1/groups/{id}/probes. */
export type ProbeStreamEvent =
  | { type: "run_started"; runId: string; targets: ProbeTarget[]; budgetMs: number }
  | ProbeEvent
  | { type: "run_finished"; runId: string; run: ProbeRunView }
  | { type: "error"; error: { code: string; message: string } };

export type ProbeStreamListener = (event: ProbeStreamEvent) => void;
