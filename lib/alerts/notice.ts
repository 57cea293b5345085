import { z } from "zod";
import { ALERT_RULE_KINDS } from "./contract";

/**
 * What an alert rule's evaluation hands to the notification channels when an alert changes
 * state. It carries everything a channel needs (webhook body, email text), so delivery never
 * reads the alert tables and a channel failure cannot hold up evaluation.
 */
export const alertNoticeSchema = z.object({
  alertId: z.string().uuid(),
  ruleId: z.string().uuid(),
  ruleName: z.string(),
  kind: z.enum(ALERT_RULE_KINDS),
  state: z.enum(["firing", "resolved"]),
  groupId: z.string().uuid().nullable(),
  groupName: z.string().nullable(),
  /** One sentence for a subject line or a chat message. */
  summary: z.string(),
  /** The figures that made the rule fire (rate, counts, window, certificate, …). */
  evidence: z.record(z.string(), z.unknown()),
  firedAt: z.string().datetime(),
  resolvedAt: z.string().datetime().nullable(),
  /** A link to the alert in the console. */
  url: z.string().url(),
});

export type AlertNotice = z.output<typeof alertNoticeSchema>;
