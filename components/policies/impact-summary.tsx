"use client";

import { ErrorNote } from "@/components/ui/error-note";
import type { GroupSettings } from "@/lib/domain/settings";
import { useGroupImpact } from "./use-group-impact";

const users = (n: number) => `${n.toLocaleString()} ${n === 1 ? "user" : "users"}`;

/** What the proposed settings do to the group's members, counted on the server from their devices. */
export function ImpactSummary({ groupId, proposed, enabled }: { groupId: string; proposed: GroupSettings; enabled: boolean }) {
  const impact = useGroupImpact(groupId, proposed, enabled);
  if (impact.isPending) return <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">Counting affected members…</p>;
  if (impact.isError) return <ErrorNote error={impact.error} title="Could not count the affected members" />;

  const { members, stopWorking, startWorking, supportedAfter } = impact.data;
  if (members === 0) return <p className="text-sm" data-testid="impact">This group has no members yet, so no user is affected.</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid="impact" aria-live="polite">
      {stopWorking > 0 ? <li className="font-medium text-red-800 dark:text-red-300">Rich push stops working for {users(stopWorking)}.</li> : null}
      {startWorking > 0 ? <li className="font-medium text-emerald-800 dark:text-emerald-300">Rich push starts working for {users(startWorking)}.</li> : null}
      {stopWorking === 0 && startWorking === 0 ? <li>No user gains or loses rich push.</li> : null}
      <li className="text-slate-600 dark:text-slate-400">
        After saving, {users(supportedAfter)} of {members.toLocaleString()} members get rich push (judged by each member&apos;s best device).
      </li>
    </ul>
  );
}
