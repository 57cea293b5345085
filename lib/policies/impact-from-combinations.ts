import { evaluate, withDeviceFacts } from "@/lib/domain/prerequisites";
import { consequencesFor, RICH_PUSH_ON_ARRIVAL, VIP_ONLY_UNAVAILABLE } from "@/lib/domain/prerequisites/consequences";
import type { GroupSettings } from "@/lib/domain/settings";
import { FACT_COMBINATIONS, type MaskCount } from "./fact-combinations";
import type { ImpactView } from "./views";

/**
 * For each mask: is rich push supported for a member whose devices show these fact combinations?
 * Supported when at least one device passes; a member without devices is judged at group level.
 * At most five evaluations per settings, however many members.
 */
function supportTable(settings: GroupSettings): (mask: number) => boolean {
  const perCombination = FACT_COMBINATIONS.map((facts) => evaluate(withDeviceFacts(settings, facts)).richPushSupported);
  const groupLevel = evaluate(settings).richPushSupported;
  return (mask) => (mask === 0 ? groupLevel : perCombination.some((supported, bit) => supported && (mask & (1 << bit)) !== 0));
}

/**
 * How many members would lose or gain rich push if the settings went from `current` to `proposed`,
 * and what that means for them: those who lose it get notifications only after a background sync
 * (as the proposed lock-screen policy allows), those who gain it no longer wait for one.
 */
export function impactFromCombinations(counts: readonly MaskCount[], current: GroupSettings, proposed: GroupSettings): ImpactView {
  const now = supportTable(current);
  const after = supportTable(proposed);
  const impact: ImpactView = { members: 0, supportedNow: 0, supportedAfter: 0, stopWorking: 0, startWorking: 0, whenLost: [], whenGained: [] };
  for (const { mask, members } of counts) {
    const before = now(mask);
    const next = after(mask);
    impact.members += members;
    if (before) impact.supportedNow += members;
    if (next) impact.supportedAfter += members;
    if (before && !next) impact.stopWorking += members;
    if (!before && next) impact.startWorking += members;
  }
  if (impact.stopWorking > 0) impact.whenLost = consequencesFor(false, proposed);
  if (impact.startWorking > 0) impact.whenGained = [RICH_PUSH_ON_ARRIVAL, VIP_ONLY_UNAVAILABLE];
  return impact;
}
