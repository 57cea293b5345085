import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { AlertEvidence } from "./contract";

/**
 * While an alert fires it holds this key; the unique index on it allows one open alert per rule
 * and group, or per rule, group and `part` for kinds that alert on several things of one group
 * (certificate_expiry: one per host:port).
 */
export function openKeyOf(ruleId: string, groupId: string | null, part?: string): string {
  return part === undefined ? `${ruleId}:${groupId ?? "-"}` : `${ruleId}:${groupId ?? "-"}:${part}`;
}

export type OpenAlert = { ruleId: string; groupId: string | null; groupName: string | null; evidence: AlertEvidence; at: Date; keyPart?: string };

/**
 * Opens an alert and its "firing" history row in one statement. When the rule already fires
 * in that group (opened by this evaluator earlier, or by another instance a moment ago) the
 * insert does nothing: ON CONFLICT on the open key waits for the other insert to commit and
 * then skips, so two evaluators at once still open one alert. True when this call opened it.
 */
export async function openAlert(alert: OpenAlert, tx: Tx = db()): Promise<boolean> {
  const evidence = JSON.stringify(alert.evidence);
  const rows = await tx.$queryRaw<{ alertId: string }[]>`
    WITH opened AS (
      INSERT INTO alert (id, "ruleId", "groupId", "groupName", state, "openKey", evidence, "firedAt")
      VALUES (gen_random_uuid(), ${alert.ruleId}::uuid, ${alert.groupId}::uuid, ${alert.groupName}, 'firing',
              ${openKeyOf(alert.ruleId, alert.groupId, alert.keyPart)}, ${evidence}::jsonb, ${alert.at})
      ON CONFLICT ("openKey") DO NOTHING
      RETURNING id, "firedAt", evidence
    )
    INSERT INTO alert_event ("alertId", at, state, evidence)
    SELECT id, "firedAt", 'firing', evidence FROM opened
    RETURNING "alertId"`;
  return rows.length > 0;
}

/**
 * Resolves an open alert with the evidence that ended it, and writes its "resolved" history row,
 * in one statement. The `state = 'firing'` filter is re-checked after a concurrent resolver's
 * commit, so only one of them writes the history. True when this call resolved it.
 */
export async function resolveAlert(alertId: string, evidence: AlertEvidence, at: Date, tx: Tx = db()): Promise<boolean> {
  const rows = await tx.$queryRaw<{ alertId: string }[]>`
    WITH closed AS (
      UPDATE alert SET state = 'resolved', "openKey" = NULL, "resolvedAt" = ${at}, evidence = ${JSON.stringify(evidence)}::jsonb
      WHERE id = ${alertId}::uuid AND state = 'firing'
      RETURNING id, "resolvedAt", evidence
    )
    INSERT INTO alert_event ("alertId", at, state, evidence)
    SELECT id, "resolvedAt", 'resolved', evidence FROM closed
    RETURNING "alertId"`;
  return rows.length > 0;
}
