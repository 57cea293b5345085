import type { z } from "zod";
import type {
  AlertRuleKind,
  AlertState,
  causeRateConfigSchema,
  certificateExpiryConfigSchema,
  scheduledCheckFailedConfigSchema,
  verdictFlipConfigSchema,
} from "../contract";

type ConfigOf = {
  cause_rate: z.output<typeof causeRateConfigSchema>;
  verdict_flip: z.output<typeof verdictFlipConfigSchema>;
  certificate_expiry: z.output<typeof certificateExpiryConfigSchema>;
  scheduled_check_failed: z.output<typeof scheduledCheckFailedConfigSchema>;
};

/** One alert rule kind: how the page names it and how its rules and alerts read as a sentence. */
export type AlertKind<K extends AlertRuleKind> = {
  kind: K;
  label: string;
  describe: (config: ConfigOf[K]) => string;
  /** One sentence for the page, a mail subject or a chat message. */
  summarize: (evidence: Record<string, unknown>, groupName: string | null, state: AlertState) => string;
};
