import { describe, expect, it } from "vitest";
import { fakeStep, fakeStoredResult, fakeTarget } from "@/lib/probe-runs/testing/probe-result-fixtures";
import { certificateExpiryKind, daysLeft, endpointKey, expiresWithin, judgeCertificates, type ScheduledRun } from "./certificate-expiry";

const DAY_MS = 86_400_000;
const NOW = new Date("2026-06-01T12:00:00.000Z");
const config = { withinDays: 30 };
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY_MS).toISOString();

function tlsData(validTo: string) {
  return { subject: "CN=mail.corp.test", validTo, daysToExpiry: daysLeft(validTo, NOW), fingerprint256: "AA:BB" };
}

function runWith(...targets: ReturnType<typeof fakeTarget>[]): ScheduledRun {
  return { id: "00000000-0000-4000-8000-000000000001", startedAt: NOW, result: fakeStoredResult(targets) };
}

const withCertificate = (kind: "ews" | "gateway", validTo: string) =>
  fakeTarget(kind, null, [fakeStep("dns"), fakeStep("tcp"), fakeStep("tls", "ok", tlsData(validTo))]);

describe("certificate expiry", () => {
  it("counts the days from the evaluation and fires at or inside the rule's days, and on an expired certificate", () => {
    expect(daysLeft(inDays(5.5), NOW)).toBe(5);
    expect(daysLeft(inDays(-0.5), NOW)).toBe(-1);
    expect(expiresWithin(config, inDays(30), NOW)).toBe(true);
    expect(expiresWithin(config, inDays(30.01), NOW)).toBe(false);
    expect(expiresWithin(config, inDays(-2), NOW)).toBe(true);
  });

  it("judges each host:port of the check once, and a host without a certificate as unseen", () => {
    const unreachable = fakeTarget("gateway", "gateway_unreachable", [fakeStep("dns"), fakeStep("tcp", "failed")]);
    const verdicts = judgeCertificates(config, runWith(withCertificate("ews", inDays(5)), unreachable), NOW);
    expect(verdicts.map((verdict) => [verdict.key, verdict.state])).toEqual([
      ["ews.corp.test:443", "expiring"],
      ["gateway.corp.test:443", "unseen"],
    ]);
    expect(verdicts[0]!.evidence).toMatchObject({
      targetKind: "ews",
      host: "ews.corp.test",
      withinDays: 30,
      certificate: { subject: "CN=mail.corp.test", daysLeft: 5, validTo: inDays(5) },
      checkedAt: NOW.toISOString(),
    });
    expect(verdicts[1]!.evidence.certificate).toBeNull();
    expect(judgeCertificates(config, runWith(withCertificate("ews", inDays(90))), NOW)[0]!.state).toBe("fine");
  });

  it("keys hosts as the checker compares them", () => {
    expect(endpointKey({ host: "Mail.Corp.Test.", port: 443 })).toBe(endpointKey({ host: "mail.corp.test", port: 443 }));
    expect(endpointKey({ host: "mail.corp.test", port: 8443 })).not.toBe(endpointKey({ host: "mail.corp.test", port: 443 }));
  });

  it("reads as a sentence naming the host, the date and the days left", () => {
    const [verdict] = judgeCertificates(config, runWith(withCertificate("ews", inDays(5))), NOW);
    expect(certificateExpiryKind.summarize(verdict!.evidence, "Sales", "firing")).toBe(
      `Certificate of EWS host ews.corp.test:443 in Sales expires in 5 days (${inDays(5).slice(0, 10)}, CN=mail.corp.test)`,
    );
    expect(certificateExpiryKind.describe(config)).toContain("within 30 days");
  });
});
