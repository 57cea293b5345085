import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { groupSettingsSchema } from "@/lib/domain/settings";
import { countMemberFactMasks } from "./count-member-fact-masks";
import { requireResourceId } from "@/lib/contract/resource-id";
import { GROUP } from "./group-id";
import { impactFromCombinations } from "./impact-from-combinations";
import { loadGroupDetail } from "./load-group-detail";
import type { ImpactView } from "./views";

/** For proposed settings (nothing is saved): how many members would stop or start getting rich push. */
export async function groupChangeImpact(caller: Caller | null, groupId: string, input: unknown): Promise<ImpactView> {
  requirePermission(caller, "policy:read");
  const id = requireResourceId(groupId, GROUP);
  const proposed = parseOrThrow(groupSettingsSchema, input);
  const group = await loadGroupDetail(id);
  return impactFromCombinations(await countMemberFactMasks(id), group.settings, proposed);
}
