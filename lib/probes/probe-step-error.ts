import type { FailureReason, StepData } from "@/lib/probes/types";

/** An expected step failure: the step functions throw it, the step runner records it. */
export class ProbeStepError extends Error {
  constructor(
    readonly reason: FailureReason,
    detail: string,
    readonly data: StepData = {},
  ) {
    super(detail);
    this.name = "ProbeStepError";
  }
}

/** Node's error code, when there is one (ECONNREFUSED, ENOTFOUND, ...). */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
