import "server-only";
import { db } from "@/lib/db/client";
import { openAlert, resolveAlert } from "./alert-transitions";
import type { VerdictFlipEvidence } from "./contract";
import type { Transitions } from "./evaluate-cause-rate-rules";

/** Flips taken per evaluation: policy writes are rare, so a backlog larger than this is drained over a few minutes. */
const FLIPS_PER_RUN = 200;

type FlipRow = {
  id: bigint;
  groupId: string;
  groupName: string;
  action: string;
  fromVersion: number;
  toVersion: number;
  richPushSupported: boolean;
  failingRules: string[] | null;
  actorEmail: string | null;
  at: Date;
};

/**
 * Reads the verdict flips the policy writes recorded and not yet evaluated, oldest first, and
 * applies each to the verdict-flip rules watching its group: a flip to "not supported" opens an
 * alert, a flip back resolves the open one. The flips are locked with SKIP LOCKED and marked in
 * the same transaction, so a concurrent evaluator takes other flips or none, and a flip is
 * applied once.
 */
export async function evaluateVerdictFlips(now: Date): Promise<Transitions> {
  return db().$transaction(async (tx) => {
    const flips = await tx.$queryRaw<FlipRow[]>`
      SELECT id, "groupId", "groupName", action, "fromVersion", "toVersion", "richPushSupported", "failingRules", "actorEmail", at
      FROM verdict_flip WHERE "evaluatedAt" IS NULL ORDER BY id LIMIT ${FLIPS_PER_RUN} FOR UPDATE SKIP LOCKED`;
    const result: Transitions = { opened: 0, resolved: 0 };
    if (flips.length === 0) return result;

    const rules = await tx.alertRule.findMany({ where: { kind: "verdict_flip" }, select: { id: true, groupId: true } });
    for (const flip of flips) {
      const evidence: VerdictFlipEvidence = {
        richPushSupported: flip.richPushSupported,
        action: flip.action,
        fromVersion: flip.fromVersion,
        toVersion: flip.toVersion,
        failingRules: flip.failingRules ?? [],
        actorEmail: flip.actorEmail,
        at: flip.at.toISOString(),
      };
      for (const rule of rules.filter((r) => r.groupId === null || r.groupId === flip.groupId)) {
        if (!flip.richPushSupported) {
          if (await openAlert({ ruleId: rule.id, groupId: flip.groupId, groupName: flip.groupName, evidence, at: now }, tx)) result.opened += 1;
          continue;
        }
        const open = await tx.alert.findFirst({ where: { ruleId: rule.id, groupId: flip.groupId, state: "firing" }, select: { id: true } });
        if (open && (await resolveAlert(open.id, evidence, now, tx))) result.resolved += 1;
      }
    }
    await tx.verdictFlip.updateMany({ where: { id: { in: flips.map((flip) => flip.id) } }, data: { evaluatedAt: now } });
    return result;
  });
}
