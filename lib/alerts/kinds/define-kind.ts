import type { z } from "zod";
import type { AlertRuleKind, AlertState, causeRateConfigSchema, verdictFlipConfigSchema } from "../contract";

type ConfigOf = { cause_rate: z.output<typeof causeRateConfigSchema>; verdict_flip: z.output<typeof verdictFlipConfigSchema> };

/** One alert rule kind: how the page names it and how its rules and alerts read as a sentence. */
export type AlertKind<K extends AlertRuleKind> = {
  kind: K;
  label: string;
  describe: (config: ConfigOf[K]) => string;
  /** One sentence for the page, a mail subject or a chat message. */
  summarize: (evidence: Record<string, unknown>, groupName: string | null, state: AlertState) => string;
};
