"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, apiErrorOf, apiUrl } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { NDJSON, probesContract, type ProbeRequestInput } from "@/lib/probe-runs/contract";
import type { ProbeStreamEvent } from "@/lib/probe-runs/views";
import { EMPTY_PROGRESS, applyProbeEvent, type ProbeProgress } from "./probe-progress";
import { readNdjson } from "./read-ndjson";

export type ProbeRunPhase = "idle" | "running" | "finished" | "failed";
export type ProbeRunInput = ProbeRequestInput;

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
        // Streamed, so read line by line rather than through callApi; a refusal before the start is an ErrorBody.
        const response = await fetch(apiUrl(probesContract.run, { id: groupId }), {
          method: probesContract.run.method,
          headers: { accept: NDJSON, "content-type": "application/json" },
          body: JSON.stringify(input),
          signal: controller.signal,
        });
        if (!response.ok || !response.body) throw await apiErrorOf(response);

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
