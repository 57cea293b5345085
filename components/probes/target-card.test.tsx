import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FIELD_GUIDANCE_MARKER, fieldGuidance } from "@/lib/domain/field-guidance";
import { CAUSES } from "@/lib/domain/outcomes";
import { fakeStep, fakeTarget } from "@/lib/probe-runs/testing/probe-result-fixtures";
import { TargetCard } from "./target-card";

const tlsData = { protocol: "TLSv1.3", cipher: "TLS_AES_128_GCM_SHA256", issuer: "CN=Corp CA", daysToExpiry: -3 };

describe("TargetCard", () => {
  it("shows running and finished steps with status, duration and the TLS facts", () => {
    const html = renderToStaticMarkup(
      <TargetCard
        entry={{
          target: { kind: "ews", host: "mail.corp.test", port: 443 },
          steps: [
            { name: "tls", step: { ...fakeStep("tls", "failed", tlsData), reason: "expired", detail: "The certificate expired" } },
            { name: "ews_request", step: null },
          ],
          result: null,
        }}
      />,
    );

    expect(html).toContain('aria-label="Steps for EWS host"');
    expect(html).toContain("TLS handshake");
    expect(html).toContain("failed, 12 ms");
    expect(html).toContain("TLSv1.3");
    expect(html).toContain("CN=Corp CA");
    expect(html).toContain("expired 3 days ago");
    expect(html).toContain('data-step="ews_request" data-status="running"');
    expect(html).toContain("Testing…");
  });

  it("ends with the exact message users would see, the remedy and the policy note", () => {
    const result = { ...fakeTarget("ews", "exchange_tls_failed"), policyNote: "Accept all SSL certificates is off for this group: fix it." };
    const html = renderToStaticMarkup(
      <TargetCard entry={{ target: result.target, steps: result.steps.map((step) => ({ name: step.name, step })), result }} />,
    ).replaceAll("&#x27;", "'");

    expect(html).toContain("exchange_tls_failed");
    expect(html).toContain(CAUSES.exchange_tls_failed.message);
    expect(html).toContain(CAUSES.exchange_tls_failed.remedy);
    expect(html).toContain("Accept all SSL certificates is off for this group");
    expect(html).toContain("Fails for users");
  });

  it("a host users reach past a bad certificate: reachable, with the certificate to fix and the policy note", () => {
    const note = "Accept all SSL certificates is on for this group: users will still connect, but fix the certificate.";
    const tls = { ...fakeStep("tls", "failed", tlsData), reason: "expired" as const, detail: "The certificate expired" };
    const result = { ...fakeTarget("ews"), steps: [fakeStep("dns"), fakeStep("tcp"), tls, fakeStep("ews_request")], policyNote: note };
    const html = renderToStaticMarkup(
      <TargetCard entry={{ target: result.target, steps: result.steps.map((step) => ({ name: step.name, step })), result }} />,
    );

    expect(html).toContain("Reachable, fix the certificate");
    expect(html).not.toContain("Fails for users");
    expect(html).toContain('data-step="tls" data-status="failed"');
    expect(html).toContain(note);
  });

  it("shows a remedy that is field guidance under a Field guidance label, without the marker", () => {
    const remedy = fieldGuidance("List the push registration host in Background network services.");
    const result = { ...fakeTarget("push_registration"), ok: false, remedy };
    const html = renderToStaticMarkup(
      <TargetCard entry={{ target: result.target, steps: result.steps.map((step) => ({ name: step.name, step })), result }} />,
    );

    expect(html).toContain('data-source="field-guidance"');
    expect(html).toContain("Field guidance");
    expect(html).toContain("List the push registration host in Background network services.");
    expect(html).not.toContain(FIELD_GUIDANCE_MARKER);
  });
});
