import { Info } from "lucide-react";
import { VIP_ONLY_UNAVAILABLE } from "@/lib/domain/prerequisites/consequences";

/** What users get with this verdict, and the standing VIP-only caveat, stated without condition as the reference does. */
export function ConsequencesNote({ richPushSupported, consequences }: { richPushSupported: boolean; consequences: string[] }) {
  const other = consequences.filter((line) => line !== VIP_ONLY_UNAVAILABLE);
  return (
    <div className="space-y-3 text-sm">
      {other.length > 0 ? (
        <div>
          <h3 className="font-medium">{richPushSupported ? "What users get" : "What users get instead"}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
            {other.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="flex gap-2 rounded-md bg-sky-50 p-2 text-sky-950 dark:bg-sky-950/40 dark:text-sky-100" data-testid="vip-only-note">
        <Info className="mt-0.5 size-4 shrink-0" aria-hidden />
        <span>{VIP_ONLY_UNAVAILABLE}</span>
      </p>
    </div>
  );
}
