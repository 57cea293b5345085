import { describe, expect, it } from "vitest";
import { fakeStep, fakeStoredResult, fakeTarget } from "@/lib/probe-runs/testing/probe-result-fixtures";
import type { ProbeRunView, ProbeStreamEvent } from "@/lib/probe-runs/views";
import type { ProbeTarget } from "@/lib/probes/types";
import { EMPTY_PROGRESS, applyProbeEvent, finishedStepCount, targetsFromResult } from "./probe-progress";

const gateway: ProbeTarget = { kind: "gateway", host: "gw.corp.test", port: 443, tunnelTo: { host: "mail.corp.test", port: 443 } };
const ews: ProbeTarget = { kind: "ews", host: "mail.corp.test", port: 443 };

const fold = (events: ProbeStreamEvent[]) => events.reduce(applyProbeEvent, EMPTY_PROGRESS);

describe("applyProbeEvent", () => {
  it("lists the targets at the start and each step as it starts, then as it finishes", () => {
    const progress = fold([
      { type: "run_started", runId: "r1", targets: [gateway, ews], budgetMs: 30_000 },
      { type: "step_started", targetIndex: 1, target: ews, step: "dns" },
      { type: "step_finished", targetIndex: 1, target: ews, step: fakeStep("dns") },
      { type: "step_started", targetIndex: 1, target: ews, step: "tcp" },
    ]);

    expect(progress.runId).toBe("r1");
    expect(progress.targets.map((t) => t.target.kind)).toEqual(["gateway", "ews"]);
    expect(progress.targets[0]!.steps).toEqual([]);
    expect(progress.targets[1]!.steps).toEqual([
      { name: "dns", step: fakeStep("dns") },
      { name: "tcp", step: null },
    ]);
    expect(finishedStepCount(progress)).toBe(1);
    expect(progress.announcement).toBe("EWS host: DNS resolution ok");
  });

  it("a finished target takes its result's steps and verdict; the run ends with the stored view", () => {
    const result = fakeTarget("ews", "ews_timeout");
    const run = { id: "r1", summary: "1 of 1 failed" } as ProbeRunView;
    const progress = fold([
      { type: "run_started", runId: "r1", targets: [ews], budgetMs: 30_000 },
      { type: "step_started", targetIndex: 0, target: ews, step: "dns" },
      { type: "target_finished", targetIndex: 0, result },
      { type: "run_finished", runId: "r1", run },
    ]);

    expect(progress.targets[0]!.result).toBe(result);
    expect(progress.targets[0]!.steps.map((s) => s.step)).toEqual(result.steps);
    expect(progress.run).toBe(run);
    expect(progress.announcement).toBe("Test finished. 1 of 1 failed");
  });

  it("an error line is kept and announced", () => {
    const progress = fold([{ type: "error", error: { code: "internal", message: "stopped" } }]);
    expect(progress).toMatchObject({ error: { code: "internal" }, announcement: "The test stopped: stopped" });
  });
});

describe("targetsFromResult", () => {
  it("rebuilds the cards of a stored run", () => {
    const stored = fakeStoredResult([fakeTarget("ews"), fakeTarget("gateway", "gateway_unreachable")]);
    expect(targetsFromResult(stored).map((t) => [t.target.kind, t.steps.length, t.result?.cause])).toEqual([
      ["ews", 3, null],
      ["gateway", 3, "gateway_unreachable"],
    ]);
  });
});
