import { describe, expect, it } from "vitest";
import type { ProbeRun as ProbeRunRow } from "@/generated/prisma/client";
import { toProbeRunView } from "@/lib/probe-runs/probe-run-view";
import { summarizeProbeResult } from "@/lib/probe-runs/summarize-probe-result";
import { fakeStep, fakeStoredResult, fakeTarget } from "@/lib/probe-runs/testing/probe-result-fixtures";

describe("summarizeProbeResult", () => {
  it("all reachable", () => {
    expect(summarizeProbeResult(fakeStoredResult([fakeTarget("ews"), fakeTarget("gateway")]))).toEqual({
      ok: true,
      causes: [],
      summary: "All 2 hosts are reachable",
    });
  });

  it("a host users reach past a bad certificate (Accept all SSL certificates on) is reachable, with its certificate to fix", () => {
    const pastCertificate = {
      ...fakeTarget("ews"),
      steps: [fakeStep("dns"), fakeStep("tcp"), { ...fakeStep("tls", "failed"), reason: "expired" as const }, fakeStep("ews_request")],
    };

    expect(summarizeProbeResult(fakeStoredResult([pastCertificate, fakeTarget("gateway")]))).toEqual({
      ok: true,
      causes: [],
      summary: "All 2 hosts are reachable; certificate to fix: EWS host ews.corp.test:443",
    });
  });

  it("names each failed host with its cause, distinct causes in target order", () => {
    const result = fakeStoredResult([
      fakeTarget("gateway", "gateway_socks5_failed"),
      fakeTarget("ews", "exchange_tls_failed"),
      fakeTarget("activesync", "exchange_tls_failed"),
    ]);

    expect(summarizeProbeResult(result)).toEqual({
      ok: false,
      causes: ["gateway_socks5_failed", "exchange_tls_failed"],
      summary:
        "3 of 3 failed: Gateway gateway.corp.test:443 → gateway_socks5_failed; EWS host ews.corp.test:443 → exchange_tls_failed; " +
        "ActiveSync host activesync.corp.test:443 → exchange_tls_failed",
    });
  });

  it("a failure without a user-facing cause says refused or failed", () => {
    const refused = { ...fakeTarget("ews"), ok: false, steps: [fakeStep("dns", "refused")] };
    const push = { ...fakeTarget("push_registration"), ok: false };

    expect(summarizeProbeResult(fakeStoredResult([refused, push])).summary).toBe(
      "2 of 2 failed: EWS host ews.corp.test:443 → refused; Push registration host push_registration.corp.test:443 → failed",
    );
  });
});

describe("toProbeRunView", () => {
  const row = (over: Partial<ProbeRunRow>): ProbeRunRow => ({
    id: "run-1",
    groupId: "group-1",
    actorId: "user-1",
    actorEmail: "admin@example.test",
    startedAt: new Date("2026-01-05T10:00:00Z"),
    finishedAt: null,
    result: null,
    trigger: "manual",
    ...over,
  });

  it("a finished run carries its verdict", () => {
    const result = fakeStoredResult([fakeTarget("ews", "ews_timeout")]);
    const view = toProbeRunView(row({ finishedAt: new Date("2026-01-05T10:00:02Z"), result }));

    expect(view).toMatchObject({ status: "finished", ok: false, causes: ["ews_timeout"], finishedAt: "2026-01-05T10:00:02.000Z" });
  });

  it("lists each received certificate with its days to expiry, scheduled runs named as such", () => {
    const tls = fakeStep("tls", "failed", { validTo: "2026-02-04T10:00:00.000Z", daysToExpiry: 30 });
    const result = fakeStoredResult([fakeTarget("ews", "exchange_tls_failed", [fakeStep("dns"), fakeStep("tcp"), tls]), fakeTarget("gateway")]);
    const view = toProbeRunView(row({ finishedAt: new Date("2026-01-05T10:00:02Z"), result, trigger: "scheduled", actorEmail: null }));

    expect(view.trigger).toBe("scheduled");
    expect(view.certificates).toEqual([{ kind: "ews", host: "ews.corp.test", port: 443, validTo: "2026-02-04T10:00:00.000Z", daysToExpiry: 30 }]);
  });

  it("a run without a result is running, then unfinished five minutes on", () => {
    expect(toProbeRunView(row({}), new Date("2026-01-05T10:01:00Z"))).toMatchObject({ status: "running", ok: null, summary: "Running…" });
    expect(toProbeRunView(row({}), new Date("2026-01-05T10:06:00Z"))).toMatchObject({ status: "unfinished", ok: null });
  });
});
