import { PRIORITY } from "./ranking";
import { formatClock, parseTime, toIso } from "./time";
import type { DiagnosisContext, Finding } from "./types";

const RICH_PUSH_REFERENCE =
  "Rich notifications ensure that you receive lock screen notifications for your Inbox even when Secure Mail is not running in the background.";

/** "No problem found", with the last rich notification as the proof that delivery works. */
export function allClearFinding(ctx: DiagnosisContext): Finding {
  const name = ctx.input.user.displayName;
  const { last7d, lastEventAt } = ctx.summary;
  const lastRichMs = parseTime(last7d.lastRichAt);
  const at = (ms: number) => (ctx.nowMs === null ? toIso(ms) : formatClock(ms, ctx.nowMs, ctx.timeZone));

  const headline =
    lastRichMs !== null
      ? `No problem found: the last rich notification reached ${name} at ${at(lastRichMs)}`
      : `No problem found in the policies or devices, but no rich notification for ${name} was recorded in the last 7 days`;
  const explanation = [
    "No prerequisite rule fails, the devices report no setting that stops notifications, and no notification failure stands out.",
    `In the last 24 hours: ${ctx.summary.last24h.rich} rich, ${ctx.summary.last24h.generic} “You have new mail”, ${ctx.summary.last24h.failure} failed.`,
  ].join(" ");

  return {
    id: "all-clear",
    family: "all-clear",
    severity: "info",
    priority: PRIORITY.allClear,
    headline,
    explanation,
    remedy:
      lastRichMs !== null
        ? "Nothing to fix. If the user still misses a notification, send a test mail and watch for the new event here."
        : "Send a test mail to the user and watch for the new event here; if none arrives, check the push registration of the device.",
    evidence: {
      counts: { rich24h: ctx.summary.last24h.rich, rich7d: last7d.rich, events7d: last7d.total },
      firstSeen: null,
      lastSeen: last7d.lastRichAt ?? lastEventAt,
      deviceIds: [],
      facts: { lastRichAt: last7d.lastRichAt, lastEventAt },
    },
    reference: RICH_PUSH_REFERENCE,
  };
}
