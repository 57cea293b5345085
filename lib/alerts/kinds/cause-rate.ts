import { CAUSES, type CauseCode } from "@/lib/domain/outcomes";
import type { CauseRateConfig, CauseRateEvidence } from "../contract";
import type { AlertKind } from "./define-kind";

/** The counts of one group over a rule's window, as read from the notification events. */
export type WindowCounts = { causeCount: number; total: number };

/** The cause's share in percent, one decimal; 0 for an empty window. */
export function ratePercent({ causeCount, total }: WindowCounts): number {
  return total === 0 ? 0 : Math.round((causeCount / total) * 1_000) / 10;
}

/**
 * Whether a group's window is an alert: the share strictly above the threshold and at least
 * `minCount` notifications with the cause. The same test decides firing and resolving (no
 * hysteresis): an alert resolves at the first evaluation whose window no longer meets it, which
 * is what "resolves when the burst ends" means for a window that slides past the burst.
 */
export function causeRateFires(config: CauseRateConfig, counts: WindowCounts): boolean {
  if (counts.causeCount < config.minCount || counts.total === 0) return false;
  return (counts.causeCount / counts.total) * 100 > config.thresholdPercent;
}

export function causeRateEvidence(config: CauseRateConfig, counts: WindowCounts, window: { from: Date; to: Date }): CauseRateEvidence {
  return {
    cause: config.cause,
    ratePercent: ratePercent(counts),
    causeCount: counts.causeCount,
    total: counts.total,
    thresholdPercent: config.thresholdPercent,
    minCount: config.minCount,
    windowMinutes: config.windowMinutes,
    from: window.from.toISOString(),
    to: window.to.toISOString(),
  };
}

function causeLabel(cause: string): string {
  return cause in CAUSES ? `${cause} (${CAUSES[cause as CauseCode].message})` : cause;
}

export const causeRateKind: AlertKind<"cause_rate"> = {
  kind: "cause_rate",
  label: "Cause rate",
  describe: (config) =>
    `${config.cause} above ${config.thresholdPercent}% of notifications over ${config.windowMinutes} min (at least ${config.minCount})`,
  summarize: (evidence, groupName, state) => {
    const e = evidence as CauseRateEvidence;
    const where = groupName ?? "a group";
    const figures = `${e.ratePercent}% (${e.causeCount} of ${e.total}) over ${e.windowMinutes} min`;
    return state === "firing"
      ? `${causeLabel(e.cause)} in ${where}: ${figures}, above ${e.thresholdPercent}%`
      : `${e.cause} in ${where} back to ${figures}`;
  },
};
