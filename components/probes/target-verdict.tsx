import { Info } from "lucide-react";
import { InlineSourcedText } from "@/components/ui/sourced-text";
import type { TargetResult } from "@/lib/probes/types";

function PolicyNote({ note }: { note: string }) {
  return (
    <p className="flex gap-2 rounded-md bg-amber-50 px-3 py-1.5 text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
      <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>{note}</span>
    </p>
  );
}

/** What users of the group would get from this host: the exact message, the remedy and the policy note. */
export function TargetVerdict({ result }: { result: TargetResult }) {
  if (result.ok) {
    // Reachable, perhaps only thanks to Accept all SSL certificates: its note says so.
    return (
      <div className="space-y-2 text-sm">
        <p className="break-words text-emerald-800 dark:text-emerald-300">{result.summary}</p>
        {result.policyNote ? <PolicyNote note={result.policyNote} /> : null}
      </div>
    );
  }
  return (
    <div className="space-y-2 text-sm">
      <p className="break-words">{result.summary}</p>
      {result.cause ? (
        <div>
          <p className="text-xs font-medium text-slate-600 uppercase dark:text-slate-400">
            Users would see <code className="normal-case">{result.cause}</code>
          </p>
          <blockquote className="mt-1 border-l-4 border-red-400 bg-red-50 px-3 py-1.5 text-red-900 dark:border-red-700 dark:bg-red-950/40 dark:text-red-200">
            {result.message}
          </blockquote>
        </div>
      ) : null}
      {result.remedy ? (
        <p>
          <span className="font-medium">Remedy: </span>
          <InlineSourcedText text={result.remedy} />
        </p>
      ) : null}
      {result.policyNote ? <PolicyNote note={result.policyNote} /> : null}
    </div>
  );
}
