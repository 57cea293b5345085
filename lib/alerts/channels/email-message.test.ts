import { describe, expect, it } from "vitest";
import { emailMessageOf } from "./email-message";
import { testNoticeOf } from "./test-notice";

const notice = {
  ...testNoticeOf("Ops", "http://localhost:3000"),
  summary: "Certificate of mail.example.test expires in 5 days",
  state: "resolved" as const,
  resolvedAt: "2026-12-02T10:00:00.000Z",
  evidence: { daysLeft: 5, host: "mail.example.test" },
};

describe("alert email", () => {
  it("puts the state and summary in the subject, and the evidence and link in the text", () => {
    const { subject, text } = emailMessageOf(notice, false);
    expect(subject).toBe("Resolved: Certificate of mail.example.test expires in 5 days");
    expect(text).toContain("State: resolved");
    expect(text).toContain("  daysLeft: 5");
    expect(text).toContain("  host: mail.example.test");
    expect(text).toContain("Resolved: ");
    expect(text).toContain("Open in the console: http://localhost:3000/alerts/channels");
    expect(text).not.toContain("test notice");
  });
  it("marks a test in the subject and the first line", () => {
    const { subject, text } = emailMessageOf(notice, true);
    expect(subject.startsWith("[Test] Resolved: ")).toBe(true);
    expect(text.split("\n")[0]).toContain("test notice");
  });
});
