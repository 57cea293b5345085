import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { probeStreamResponse, wantsNdjson } from "@/lib/probe-runs/probe-stream-response";
import type { ProbeRunView, ProbeStreamEvent, ProbeStreamListener } from "@/lib/probe-runs/views";

const log = logger.child({ test: "probe-stream-response" });
const started: ProbeStreamEvent = { type: "run_started", runId: "run-1", targets: [], budgetMs: 1000 };
const view = { id: "run-1" } as ProbeRunView;

const lines = async (response: Response) => (await response.text()).trim().split("\n").map((line) => JSON.parse(line));

describe("wantsNdjson", () => {
  it("only when the Accept header names NDJSON", () => {
    expect(wantsNdjson(new Headers({ accept: "application/x-ndjson" }))).toBe(true);
    expect(wantsNdjson(new Headers({ accept: "application/json" }))).toBe(false);
    expect(wantsNdjson(new Headers())).toBe(false);
  });
});

describe("probeStreamResponse", () => {
  it("answers once the run has started and writes one line per event until the run ends", async () => {
    let emit: ProbeStreamListener = () => undefined;
    let finish: (value: ProbeRunView) => void = () => undefined;
    const response = await probeStreamResponse((onEvent) => {
      emit = onEvent;
      onEvent(started);
      return new Promise((resolve) => (finish = resolve));
    }, log);

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    emit({ type: "run_finished", runId: "run-1", run: view });
    finish(view);
    expect(await lines(response)).toEqual([started, { type: "run_finished", runId: "run-1", run: view }]);
  });

  it("an error before the start is thrown, so it is answered with its own status", async () => {
    const refused = new AppError("rate_limited", "too many");
    await expect(probeStreamResponse(() => Promise.reject(refused), log)).rejects.toBe(refused);
  });

  it("an error after the start ends the stream with an error line", async () => {
    const response = await probeStreamResponse(async (onEvent) => {
      onEvent(started);
      throw new AppError("unavailable", "database gone");
    }, log);

    expect(await lines(response)).toEqual([started, { type: "error", error: { code: "unavailable", message: "database gone" } }]);
  });

  it("a client that cancels stops the writing, not the run", async () => {
    let emit: ProbeStreamListener = () => undefined;
    let finish: (value: ProbeRunView) => void = () => undefined;
    const response = await probeStreamResponse((onEvent) => {
      emit = onEvent;
      onEvent(started);
      return new Promise((resolve) => (finish = resolve));
    }, log);

    await response.body!.cancel();
    expect(() => emit({ type: "run_finished", runId: "run-1", run: view })).not.toThrow();
    finish(view);
  });
});
