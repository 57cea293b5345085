import { randomUUID } from "node:crypto";
import type { AlertNotice } from "@/lib/alerts/notice";

/** The notice “Send test” delivers: shaped like a real one, saying it is a test. */
export function testNoticeOf(channelName: string, consoleUrl: string, now = new Date()): AlertNotice {
  return {
    alertId: randomUUID(),
    ruleId: randomUUID(),
    ruleName: "Test notice",
    kind: "cause_rate",
    state: "firing",
    groupId: null,
    groupName: null,
    summary: `Test notice for the alert channel “${channelName}”`,
    evidence: { test: true },
    firedAt: now.toISOString(),
    resolvedAt: null,
    url: new URL("/alerts/channels", consoleUrl).toString(),
  };
}
