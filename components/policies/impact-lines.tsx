import type { ImpactView } from "@/lib/policies/views";

import { plural } from "@/lib/format/time";

const users = (n: number) => plural(n, "user");

/** What the members get instead, or what changes for them, as a short list under a count line. */
function Consequences({ lines, label }: { lines: readonly string[]; label: string }) {
  if (lines.length === 0) return null;
  return (
    <ul className="mt-1 list-disc space-y-0.5 pl-5 font-normal text-slate-700 dark:text-slate-300" aria-label={label}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/**
 * The counts of a proposed change in words: who loses rich push and gets notifications at sync
 * time instead, who gains it and stops depending on background sync, and how many get it after.
 */
export function ImpactLines({ impact }: { impact: ImpactView }) {
  const { members, stopWorking, startWorking, supportedAfter, whenLost, whenGained } = impact;
  if (members === 0) return <p className="text-sm" data-testid="impact">This group has no members yet, so no user is affected.</p>;
  return (
    <ul className="space-y-2 text-sm" data-testid="impact" aria-live="polite">
      {stopWorking > 0 ? (
        <li className="font-medium text-red-800 dark:text-red-300">
          Rich push stops working for {users(stopWorking)}: they get notifications at sync time instead.
          <Consequences lines={whenLost} label="What they get instead" />
        </li>
      ) : null}
      {startWorking > 0 ? (
        <li className="font-medium text-emerald-800 dark:text-emerald-300">
          Rich push starts working for {users(startWorking)}: they stop depending on background sync.
          <Consequences lines={whenGained} label="What changes for them" />
        </li>
      ) : null}
      {stopWorking === 0 && startWorking === 0 ? <li>No user gains or loses rich push.</li> : null}
      <li className="text-slate-600 dark:text-slate-400">
        After saving, {users(supportedAfter)} of {members.toLocaleString()} members get rich push (judged by each member&apos;s best device).
      </li>
    </ul>
  );
}
