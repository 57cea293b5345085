import { describe, expect, it } from "vitest";
import { renderText } from "@/components/testing/render-text";
import type { CertificateExpiryEvidence, ScheduledCheckFailedEvidence } from "@/lib/alerts/contract";
import { AlertEvidenceList } from "./alert-evidence";

const certificate: CertificateExpiryEvidence = {
  targetKind: "ews",
  host: "mail.corp.test",
  port: 443,
  withinDays: 30,
  certificate: { subject: "CN=mail.corp.test", validTo: "2026-06-06T12:00:00.000Z", daysLeft: 5, fingerprint256: "AA:BB" },
  runId: "00000000-0000-4000-8000-000000000001",
  checkedAt: "2026-06-01T12:00:00.000Z",
};

describe("AlertEvidenceList", () => {
  it("names a certificate's host, subject and days left against the rule's days", () => {
    const text = renderText(<AlertEvidenceList kind="certificate_expiry" evidence={certificate} />);
    expect(text).toContain("Host EWS host mail.corp.test:443");
    expect(text).toContain("Subject CN=mail.corp.test");
    expect(text).toContain("(5 days left, threshold 30 days)");
    expect(renderText(<AlertEvidenceList kind="certificate_expiry" evidence={{ ...certificate, certificate: { ...certificate.certificate!, daysLeft: -2 } }} />)).toContain(
      "expired 2 days ago",
    );
    expect(renderText(<AlertEvidenceList kind="certificate_expiry" evidence={{ ...certificate, certificate: null }} />)).toContain("not checked any more");
  });

  it("quotes each failed host's step of a scheduled check", () => {
    const evidence: ScheduledCheckFailedEvidence = {
      runId: certificate.runId,
      checkedAt: certificate.checkedAt,
      passed: false,
      consecutiveFailures: 2,
      afterFailures: 2,
      summary: "1 of 1 failed: EWS host mail.corp.test:443 → exchange_tls_failed",
      failures: [
        { targetKind: "ews", host: "mail.corp.test", port: 443, step: "tls", status: "failed", reason: "expired", detail: "The certificate expired on 2026-05-30 (2 days ago)", cause: "exchange_tls_failed" },
      ],
    };
    const text = renderText(<AlertEvidenceList kind="scheduled_check_failed" evidence={evidence} />);
    expect(text).toContain("Result failed: 1 of 1 failed");
    expect(text).toContain("Failed in a row 2 (fires at 2)");
    expect(text).toContain("EWS host mail.corp.test:443 tls failed (expired): The certificate expired on 2026-05-30 (2 days ago) → exchange_tls_failed");
  });
});
