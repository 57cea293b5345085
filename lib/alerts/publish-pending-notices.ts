import "server-only";
import type { PgBoss } from "pg-boss";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { alertSummary } from "./alert-view";
import type { AlertRuleKind, AlertState } from "./contract";
import type { AlertNotice } from "./notice";
import { publishAlertNotice } from "./publish-notice";

/** Notices handed over per call; a larger backlog (the queue was down) goes out over the next runs. */
const NOTICES_PER_RUN = 100;

/**
 * Hands every alert state change not yet handed over to the channels' queue, oldest first, and
 * marks it. The state change commits first and the hand-over follows, so a queue that fails
 * leaves the row unmarked and the next evaluation sends it again (at least once; the notice's
 * job id, from alert and state, drops a repeat, e.g. two instances handing over the same row at
 * once). Returns how many were handed over.
 */
export async function publishPendingNotices(boss: PgBoss): Promise<number> {
  const pending = await db().alertEvent.findMany({
    where: { notifiedAt: null },
    orderBy: { id: "asc" },
    take: NOTICES_PER_RUN,
    include: { alert: { include: { rule: { select: { name: true, kind: true } } } } },
  });
  for (const event of pending) {
    await publishAlertNotice(boss, noticeOf(event));
    await db().alertEvent.updateMany({ where: { id: event.id, notifiedAt: null }, data: { notifiedAt: new Date() } });
  }
  return pending.length;
}

type PendingEvent = {
  at: Date;
  state: string;
  evidence: unknown;
  alert: { id: string; ruleId: string; groupId: string | null; groupName: string | null; firedAt: Date; rule: { name: string; kind: string } };
};

function noticeOf(event: PendingEvent): AlertNotice {
  const { alert } = event;
  const kind = alert.rule.kind as AlertRuleKind;
  const state = event.state as AlertState;
  return {
    alertId: alert.id,
    ruleId: alert.ruleId,
    ruleName: alert.rule.name,
    kind,
    state,
    groupId: alert.groupId,
    groupName: alert.groupName,
    summary: alertSummary(kind, event.evidence, alert.groupName, state),
    evidence: event.evidence as Record<string, unknown>,
    firedAt: alert.firedAt.toISOString(),
    resolvedAt: state === "resolved" ? event.at.toISOString() : null,
    url: `${new URL(env().APP_URL).origin}/alerts#alert-${alert.id}`,
  };
}
