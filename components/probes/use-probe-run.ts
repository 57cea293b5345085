"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import type { ProbeStreamEvent } from "@/lib/probe-runs/views";
import { EMPTY_PROGRESS, applyProbeEvent, type ProbeProgress } from "./probe-progress";
import { readNdjson } from "./read-ndjson";

export type ProbeRunPhase = "idle" | "running" | "finished" | "failed";
export type ProbeRunInput = { caBundlePem?: string | null };

/** A refusal before the run started (403, 404, 422, 429…) comes back as the API's JSON error. */
async function errorOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; fields?: [] } } | null;
  const error = body?.error;
  return new ApiError(response.status, error?.code ?? "http_error", error?.message ?? `Request failed (${response.status})`, error?.fields);
}

/**
 * Runs a connectivity test and follows its NDJSON stream, so each step shows as it completes.
 * Leaving the page stops the reading, not the test: the server finishes and stores it.
 */
export function useProbeRun(groupId: string) {
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<ProbeRunPhase>("idle");
  const [progress, setProgress] = useState<ProbeProgress>(EMPTY_PROGRESS);
  const [error, setError] = useState<unknown>(null);
  const reading = useRef<AbortController | null>(null);

  useEffect(() => () => reading.current?.abort(), []);

  const start = useCallback(
    async (input: ProbeRunInput = {}) => {
      reading.current?.abort();
      const controller = new AbortController();
      reading.current = controller;
      setPhase("running");
      setError(null);
      setProgress(EMPTY_PROGRESS);
      try {
        const response = await fetch(`/api/v1/groups/${encodeURIComponent(groupId)}/probes`, {
          method: "POST",
          headers: { accept: "application/x-ndjson", "content-type": "application/json" },
          body: JSON.stringify(input),
          signal: controller.signal,
        });
        if (!response.ok || !response.body) throw await errorOf(response);

        let latest = EMPTY_PROGRESS;
        for await (const event of readNdjson(response.body)) {
          latest = applyProbeEvent(latest, event as ProbeStreamEvent);
          setProgress(latest);
        }
        if (latest.error) throw new ApiError(500, latest.error.code, latest.error.message);
        if (!latest.run) throw new Error("The connection ended before the test finished. Its result appears under Last tests once stored.");
        setPhase("finished");
      } catch (caught) {
        if (controller.signal.aborted) return;
        setError(caught);
        setPhase("failed");
      } finally {
        if (!controller.signal.aborted) void queryClient.invalidateQueries({ queryKey: queryKeys.groups.probes(groupId) });
      }
    },
    [groupId, queryClient],
  );

  return { phase, progress, error, start };
}
