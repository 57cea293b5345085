import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { requireResourceId } from "@/lib/contract/resource-id";
import { GROUP } from "./group-id";
import { loadGroupDetail } from "./load-group-detail";
import type { GroupDetailView } from "./views";

export async function getGroup(caller: Caller | null, groupId: string): Promise<GroupDetailView> {
  requirePermission(caller, "policy:read");
  return loadGroupDetail(requireResourceId(groupId, GROUP));
}
