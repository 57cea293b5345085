import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { Logger } from "@/lib/log/logger";
import { NDJSON } from "./contract";
import type { ProbeRunView, ProbeStreamEvent, ProbeStreamListener } from "@/lib/probe-runs/views";

export { NDJSON };

/** Whether the client asked for the event stream rather than one JSON answer at the end. */
export function wantsNdjson(headers: Headers): boolean {
  return (headers.get("accept") ?? "").toLowerCase().includes(NDJSON);
}

function errorEvent(error: unknown, log: Logger): ProbeStreamEvent {
  if (error instanceof AppError) return { type: "error", error: { code: error.code, message: error.message } };
  log.error({ err: error instanceof Error ? error.message : String(error) }, "connectivity test failed after it started");
  return { type: "error", error: { code: "internal", message: "The test stopped on our side; its result may not have been stored." } };
}

/**
 * Streams a run as NDJSON, one event per line, as each happens. Resolves once the run has
 * started (`run_started`), so errors that prevent the start (403, 404, 422, 429) are still
 * thrown and answered as JSON with their status; a failure after the start ends the stream
 * with an `error` line. A client that leaves only stops the writing, never the run.
 */
export function probeStreamResponse(
  run: (onEvent: ProbeStreamListener) => Promise<ProbeRunView>,
  log: Logger,
): Promise<Response> {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => void (open = false),
  });
  const write = (event: ProbeStreamEvent) => {
    if (open) controller?.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
  };
  const close = () => {
    if (open) controller?.close();
    open = false;
  };

  return new Promise<Response>((resolve, reject) => {
    let started = false;
    run((event) => {
      if (!started && event.type === "run_started") {
        started = true;
        resolve(
          new Response(stream, {
            status: 200,
            // no-transform keeps compression from holding lines back; X-Accel-Buffering does the same for nginx.
            headers: { "content-type": `${NDJSON}; charset=utf-8`, "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
          }),
        );
      }
      write(event);
    })
      .then(() => {
        if (!started) reject(new Error("The run ended without starting"));
        close();
      })
      .catch((error: unknown) => {
        if (!started) return reject(error);
        write(errorEvent(error, log));
        close();
      });
  });
}
