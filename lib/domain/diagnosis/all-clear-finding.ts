import { PRIORITY } from "./ranking";
import { formatClock, parseTime, toIso } from "./time";
import type { DiagnosisContext, Finding } from "./types";

const RICH_PUSH_REFERENCE =
  "Rich notifications ensure that you receive lock screen notifications for your Inbox even when Secure Mail is not running in the background.";

/**
 * "No problem found" (precedence step 9), with the last rich notification as the proof that
 * delivery works. `below` are the findings that rank under it, a field warning among them perhaps.
 */
export function allClearFinding(ctx: DiagnosisContext, below: readonly Finding[] = []): Finding {
  const name = ctx.input.user.displayName;
  const { last24h, last7d, lastEventAt } = ctx.summary;
  const lastRichMs = parseTime(last7d.lastRichAt);
  const at = (ms: number) => (ctx.nowMs === null ? toIso(ms) : formatClock(ms, ctx.nowMs, ctx.timeZone));

  const headline =
    lastRichMs !== null
      ? `No problem found: the last rich notification reached ${name} at ${at(lastRichMs)}`
      : `No problem found in the policies or devices, but no rich notification for ${name} was recorded in the last 7 days`;
  const counts = [`${last24h.rich} rich`, `${last24h.generic} “You have new mail”`, `${last24h.failure} failed`];
  if (last24h.sync > 0) counts.push(`${last24h.sync} after a background sync`);
  const fieldWarnings = below.filter((finding) => finding.severity === "warning");
  const explanation = [
    "No prerequisite rule fails, the devices report no setting that stops notifications, and none of the last day's notifications failed with a known cause.",
    `In the last 24 hours: ${counts.join(", ")}.`,
    fieldWarnings.length > 0 ? `Field guidance below goes beyond the reference: ${fieldWarnings.map((finding) => finding.headline).join("; ")}.` : "",
  ];

  return {
    id: "all-clear",
    family: "all-clear",
    severity: "info",
    priority: PRIORITY.allClear,
    headline,
    explanation: explanation.filter(Boolean).join(" "),
    remedy:
      lastRichMs !== null
        ? "Nothing to fix. If the user still misses a notification, send a test mail and watch for the new event here."
        : "Send a test mail to the user and watch for the new event here.",
    ...(lastRichMs === null ? { fieldGuidance: ["If no notification arrives at all, check the device's push registration."] } : {}),
    evidence: {
      counts: { rich24h: last24h.rich, rich7d: last7d.rich, events7d: last7d.total },
      firstSeen: null,
      lastSeen: last7d.lastRichAt ?? lastEventAt,
      deviceIds: [],
      facts: { lastRichAt: last7d.lastRichAt, lastEventAt },
    },
    reference: RICH_PUSH_REFERENCE,
  };
}
