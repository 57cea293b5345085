import { requirePermission, type Caller } from "@/lib/auth/caller";
import { requireUuid } from "./group-id";
import { loadGroupDetail } from "./load-group-detail";
import type { GroupDetailView } from "./types";

export async function getGroup(caller: Caller | null, groupId: string): Promise<GroupDetailView> {
  requirePermission(caller, "policy:read");
  return loadGroupDetail(requireUuid(groupId));
}
