import { describe, expect, it } from "vitest";
import { eventPath, readStepTimings } from "./event-path";

const statuses = (path: ReturnType<typeof eventPath>) => path.map((step) => `${step.step}:${step.status}`);

describe("eventPath", () => {
  it("shows every step of a rich notification with its timing", () => {
    const steps = [
      { step: "push_received", durationMs: 12, ok: true },
      { step: "container_read", durationMs: 20, ok: true },
      { step: "gateway_connect", durationMs: 150, ok: true },
      { step: "exchange_connect", durationMs: 90, ok: true },
      { step: "ews_fetch", durationMs: 800, ok: true },
      { step: "shown", durationMs: 4, ok: true },
    ];
    const path = eventPath({ outcome: "rich", cause: null, failedStep: null, steps });
    expect(path.every((step) => step.status === "ok")).toBe(true);
    expect(path.map((step) => step.durationMs)).toEqual([12, 20, 150, 90, 800, 4]);
    expect(path[0]!.label).toBe("Push received");
  });

  it("highlights the failing step, marks later steps not reached and the last one as the fallback text", () => {
    const steps = [
      { step: "push_received", durationMs: 10, ok: true },
      { step: "container_read", durationMs: 30, ok: true },
      { step: "gateway_connect", durationMs: 200, ok: true },
      { step: "exchange_connect", durationMs: 300, ok: false },
    ];
    const path = eventPath({ outcome: "failure", cause: "exchange_tls_failed", failedStep: "exchange_connect", steps });
    expect(statuses(path)).toEqual([
      "push_received:ok",
      "container_read:ok",
      "gateway_connect:ok",
      "exchange_connect:failed",
      "ews_fetch:not_reached",
      "shown:fallback",
    ]);
    expect(path[3]!.durationMs).toBe(300);
  });

  it("takes the failing step from the cause when the app reported none", () => {
    const path = eventPath({ outcome: "generic", cause: "container_locked", failedStep: null, steps: null });
    expect(statuses(path)).toEqual([
      "push_received:not_reported",
      "container_read:failed",
      "gateway_connect:not_reached",
      "exchange_connect:not_reached",
      "ews_fetch:not_reached",
      "shown:fallback",
    ]);
  });

  it("ignores stored timings that are not in the expected shape", () => {
    expect(readStepTimings({ not: "a list" })).toEqual([]);
    expect(readStepTimings([{ step: "warp_drive", durationMs: 1, ok: true }])).toEqual([]);
    const path = eventPath({ outcome: "rich", cause: null, failedStep: null, steps: "garbage" });
    expect(path.every((step) => step.status === "not_reported" && step.durationMs === null)).toBe(true);
  });
});
