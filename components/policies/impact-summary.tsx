"use client";

import { ErrorNote } from "@/components/ui/error-note";
import type { GroupSettings } from "@/lib/domain/settings";
import { ImpactLines } from "./impact-lines";
import { useGroupImpact } from "./use-group-impact";

/** What the proposed settings do to the group's members, counted on the server from their devices. */
export function ImpactSummary({ groupId, proposed, enabled }: { groupId: string; proposed: GroupSettings; enabled: boolean }) {
  const impact = useGroupImpact(groupId, proposed, enabled);
  if (impact.isPending) return <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">Counting affected members…</p>;
  if (impact.isError) return <ErrorNote error={impact.error} title="Could not count the affected members" />;
  return <ImpactLines impact={impact.data} />;
}
