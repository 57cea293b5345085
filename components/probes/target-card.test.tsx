import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
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
});
