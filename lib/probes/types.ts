import type { CauseCode } from "@/lib/domain/outcomes";

/**
 * Types of the live connectivity probes. Everything a run returns is plain JSON (strings, numbers,
 * booleans, null, arrays, plain objects): it is stored in the database and sent over the API.
 */

export const PROBE_KINDS = ["gateway", "ews", "activesync", "push_registration"] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];

export type HostPort = { host: string; port: number };

export type ProbeTarget = HostPort & {
  kind: ProbeKind;
  /** Gateway only: the host the SOCKS5 CONNECT asks the gateway to reach (the EWS host). */
  tunnelTo?: HostPort;
};

export const PROBE_STEP_NAMES = ["dns", "tcp", "tls", "socks5", "ews_request"] as const;
export type ProbeStepName = (typeof PROBE_STEP_NAMES)[number];

export const PROBE_STEP_STATUSES = ["ok", "failed", "skipped", "refused"] as const;
export type ProbeStepStatus = (typeof PROBE_STEP_STATUSES)[number];

/** Why a step failed or was refused; stable codes the UI and the cause mapping key on. */
export const FAILURE_REASONS = [
  "forbidden_address",
  "dns_not_found",
  "dns_error",
  "timeout",
  "aborted",
  "connection_refused",
  "connection_error",
  "ca_bundle_invalid",
  "handshake_failed",
  "self_signed",
  "expired",
  "not_yet_valid",
  "untrusted_issuer",
  "wrong_host",
  "invalid_certificate",
  "socks5_method_rejected",
  "socks5_connect_refused",
  "socks5_no_answer",
  "socks5_bad_reply",
  "ews_html",
  "ews_unparsable",
  "internal_error",
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** Reasons that describe the certificate rather than the connection: Accept all SSL certificates overrides these. */
export const CERTIFICATE_REASONS: readonly FailureReason[] = [
  "self_signed",
  "expired",
  "not_yet_valid",
  "untrusted_issuer",
  "wrong_host",
  "invalid_certificate",
];

export type StepDataValue = string | number | boolean | null | string[];
/** Facts a step observed, e.g. tls protocol, cipher, daysToExpiry, issuer, subject. */
export type StepData = Record<string, StepDataValue>;

export type ProbeStep = {
  name: ProbeStepName;
  status: ProbeStepStatus;
  durationMs: number;
  /** One sentence for the admin, naming the value observed. */
  detail: string;
  /** Set when status is failed or refused. */
  reason: FailureReason | null;
  data: StepData;
};

export type TargetResult = {
  target: ProbeTarget;
  /**
   * True when users get through this host: every step that ran succeeded, or the only failure is
   * a bad Exchange certificate that Accept all SSL certificates lets the app past (still reported
   * on the TLS step, in the summary and in policyNote).
   */
  ok: boolean;
  durationMs: number;
  steps: ProbeStep[];
  /** The failure code of DESIGN.md §2.3 users would see, or null. */
  cause: CauseCode | null;
  /** The exact text users would see for that cause. */
  message: string | null;
  remedy: string | null;
  /** Whether the group's policy changes what users get, e.g. Accept all SSL certificates. */
  policyNote: string | null;
  /** One line for the admin: what was found. */
  summary: string;
};

export type ProbeRun = {
  startedAt: string;
  durationMs: number;
  budgetMs: number;
  ok: boolean;
  results: TargetResult[];
};

export type ProbeEvent =
  | { type: "step_started"; targetIndex: number; target: ProbeTarget; step: ProbeStepName }
  | { type: "step_finished"; targetIndex: number; target: ProbeTarget; step: ProbeStep }
  | { type: "target_finished"; targetIndex: number; result: TargetResult };

export type ProbeListener = (event: ProbeEvent) => void;

export type StepTimeouts = Record<ProbeStepName, number>;

export type LookupAddress = { address: string; family: number };
/** Resolves every address of a name, like `dns.promises.lookup(host, { all: true })`. */
export type LookupFn = (hostname: string) => Promise<LookupAddress[]>;

/** The group policies that change what users get when a probe fails. */
export type ProbePolicy = { acceptAllSslCertificates: boolean };

export type ProbeOptions = {
  /** Pass the group's settings: only the policy fields are read. */
  policy: ProbePolicy;
  /** Total time for each target's steps; defaults to the app's 30 s EWS budget. */
  budgetMs?: number;
  /** Per-step limits, each further capped by what is left of the budget. */
  timeouts?: Partial<StepTimeouts>;
  /** Extra CA certificates (PEM) an admin uploaded, trusted on top of Node's root store. */
  caBundlePem?: string | null;
  /**
   * Speak SOCKS5 inside TLS to the gateway (default true): the app tunnels through Citrix Gateway
   * with SOCKS5 inside TLS, so that is what users depend on. Off for a gateway exposing plain SOCKS5.
   */
  socks5OverTls?: boolean;
  /** Name resolution; replaced only by tests to map test names to loopback. */
  lookup?: LookupFn;
  /** Cancels the run, e.g. when the client disconnects. */
  signal?: AbortSignal;
};
