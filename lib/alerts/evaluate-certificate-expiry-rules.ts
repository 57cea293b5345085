import "server-only";
import { db } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/errors/app-error";
import { openAlert, openKeyOf, resolveAlert } from "./alert-transitions";
import { certificateExpiryConfigSchema, type CertificateExpiryEvidence } from "./contract";
import type { Transitions } from "./evaluate-cause-rate-rules";
import { endpointGone, judgeCertificates } from "./kinds/certificate-expiry";
import { latestScheduledRuns } from "./latest-scheduled-runs";

/**
 * Judges every certificate_expiry rule on each group's latest finished scheduled check: opens an
 * alert per host:port whose certificate expires within the rule's days (none open yet), resolves
 * the open one once the check sees a certificate beyond them (renewed, or the rule widened less),
 * leaves both alone while a host sends no certificate (see judgeCertificates), and resolves the
 * alerts of hosts the check no longer contacts or groups the rule no longer covers.
 */
export async function evaluateCertificateExpiryRules(now: Date): Promise<Transitions> {
  const rules = await db().alertRule.findMany({
    where: { kind: "certificate_expiry" },
    include: { alerts: { where: { state: "firing" }, select: { id: true, groupId: true, openKey: true, evidence: true } } },
  });
  const result: Transitions = { opened: 0, resolved: 0 };
  for (const rule of rules) {
    const config = parseOrThrow(certificateExpiryConfigSchema, rule.config, ["config"]);
    const open = new Map(rule.alerts.map((alert) => [alert.openKey, alert]));
    const groups = await latestScheduledRuns({ groupId: rule.groupId, limit: 1 });
    const latestOf = new Map(groups.map((group) => [group.groupId, group.runs[0]!]));

    for (const group of groups) {
      for (const verdict of judgeCertificates(config, latestOf.get(group.groupId)!, now)) {
        const key = openKeyOf(rule.id, group.groupId, verdict.key);
        const alert = open.get(key);
        open.delete(key);
        if (verdict.state === "expiring" && !alert) {
          const opened = await openAlert({ ruleId: rule.id, groupId: group.groupId, groupName: group.groupName, evidence: verdict.evidence, at: now, keyPart: verdict.key });
          if (opened) result.opened += 1;
        } else if (verdict.state === "fine" && alert && (await resolveAlert(alert.id, verdict.evidence, now))) {
          result.resolved += 1;
        }
      }
    }
    // Hosts the latest check no longer contacts, and groups out of the rule's scope (or deleted).
    for (const alert of open.values()) {
      const fired = alert.evidence as CertificateExpiryEvidence;
      const run = alert.groupId ? (latestOf.get(alert.groupId) ?? null) : null;
      const evidence = endpointGone(config, { kind: fired.targetKind, host: fired.host, port: fired.port }, run);
      if (await resolveAlert(alert.id, evidence, now)) result.resolved += 1;
    }
  }
  return result;
}
