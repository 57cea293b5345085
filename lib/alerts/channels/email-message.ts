import type { AlertNotice } from "@/lib/alerts/notice";
import { formatDateTime } from "@/lib/format/time";

/** Subject and plain-text body of an alert email, from the notice alone. */
export function emailMessageOf(notice: AlertNotice, test: boolean): { subject: string; text: string } {
  const state = notice.state === "firing" ? "Firing" : "Resolved";
  const subject = `${test ? "[Test] " : ""}${state}: ${notice.summary}`;
  const lines = [
    ...(test ? ["This is a test notice sent from the console's alert channels page. No alert changed state.", ""] : []),
    notice.summary,
    "",
    `State: ${notice.state}`,
    `Rule: ${notice.ruleName} (${notice.kind})`,
    `Group: ${notice.groupName ?? "—"}`,
    `Fired: ${formatDateTime(notice.firedAt, { seconds: true })}`,
    ...(notice.resolvedAt ? [`Resolved: ${formatDateTime(notice.resolvedAt, { seconds: true })}`] : []),
    "",
    "Evidence:",
    ...Object.entries(notice.evidence).map(([key, value]) => `  ${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`),
    "",
    `Open in the console: ${notice.url}`,
  ];
  return { subject, text: `${lines.join("\n")}\n` };
}
