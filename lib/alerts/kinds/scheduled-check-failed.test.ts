import { describe, expect, it } from "vitest";
import { fakeStep, fakeStoredResult, fakeTarget } from "@/lib/probe-runs/testing/probe-result-fixtures";
import type { ScheduledRun } from "./certificate-expiry";
import { consecutiveFailures, judgeScheduledChecks, scheduledCheckFailedKind } from "./scheduled-check-failed";

let runs = 0;
function run(...targets: ReturnType<typeof fakeTarget>[]): ScheduledRun {
  runs += 1;
  return { id: `00000000-0000-4000-8000-${String(runs).padStart(12, "0")}`, startedAt: new Date(Date.UTC(2026, 5, 1, runs)), result: fakeStoredResult(targets) };
}
const passing = () => run(fakeTarget("ews"));
const failing = () =>
  run(fakeTarget("ews"), fakeTarget("gateway", "gateway_unreachable", [fakeStep("dns"), { ...fakeStep("tcp", "failed"), detail: "Connection to 10.0.0.1:443 refused" }]));

describe("scheduled check failures", () => {
  it("count the failures in a row from the newest check", () => {
    expect(consecutiveFailures([failing(), failing(), passing(), failing()])).toBe(2);
    expect(consecutiveFailures([passing(), failing()])).toBe(0);
    expect(consecutiveFailures([failing()])).toBe(1);
  });

  it("fire after the rule's failures in a row, quoting the failed step and the probe's cause", () => {
    const newest = failing();
    const verdict = judgeScheduledChecks({ afterFailures: 2 }, [newest, failing()]);
    expect(verdict).toMatchObject({ fires: true, passed: false });
    expect(verdict.evidence).toMatchObject({ runId: newest.id, consecutiveFailures: 2, afterFailures: 2 });
    expect(verdict.evidence.failures).toEqual([
      { targetKind: "gateway", host: "gateway.corp.test", port: 443, step: "tcp", status: "failed", reason: "timeout", detail: "Connection to 10.0.0.1:443 refused", cause: "gateway_unreachable" },
    ]);
    expect(judgeScheduledChecks({ afterFailures: 2 }, [failing(), passing()]).fires).toBe(false);
  });

  it("pass when every host is ok, with no failures as evidence", () => {
    const verdict = judgeScheduledChecks({ afterFailures: 1 }, [passing()]);
    expect(verdict).toMatchObject({ fires: false, passed: true, evidence: { failures: [], consecutiveFailures: 0, passed: true } });
    expect(scheduledCheckFailedKind.summarize(verdict.evidence, "Sales", "resolved")).toBe("Scheduled check of Sales passed: The one host is reachable");
  });
});
