"use client";

import { useMemo } from "react";
import { evaluate, summarize } from "@/lib/domain/prerequisites";
import type { GroupSettings } from "@/lib/domain/settings";
import { CheckItem } from "./check-item";
import { checksFailingFirst } from "./checks-failing-first";
import { describeFix, oneSettingFix, type SettingFix } from "./one-setting-fix";
import { ConsequencesNote } from "./consequences-note";
import { VerdictBadge } from "./verdict-badge";

/**
 * The live prerequisite check: the same engine as the server, re-run in the browser on every edit.
 * Failing checks come first; with `onApplyFix`, each one settled by a single setting value offers to set it.
 */
export function CheckerPanel({ settings, onApplyFix }: { settings: GroupSettings; onApplyFix?: (fix: SettingFix) => void }) {
  const evaluation = useMemo(() => evaluate(settings), [settings]);
  const counts = summarize(evaluation);
  return (
    <section aria-labelledby="checker-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="checker-heading" className="text-base font-semibold">
          Prerequisite check
        </h2>
        <VerdictBadge richPushSupported={evaluation.richPushSupported} failing={counts.fail} warnings={counts.warn} />
      </div>
      <p className="sr-only" aria-live="polite" data-testid="checker-summary">
        {evaluation.richPushSupported ? "Rich push works with these settings." : `Rich push unavailable: ${counts.fail} failing ${counts.fail === 1 ? "check" : "checks"}.`}
      </p>
      <ul className="space-y-2">
        {checksFailingFirst(evaluation.checks).map((check) => {
          const fix = onApplyFix ? oneSettingFix(check, settings) : null;
          return (
            <CheckItem
              key={check.id}
              check={check}
              fix={fix && onApplyFix ? { label: `Apply fix: ${describeFix(fix, settings)}`, apply: () => onApplyFix(fix) } : null}
            />
          );
        })}
      </ul>
      <ConsequencesNote richPushSupported={evaluation.richPushSupported} consequences={evaluation.consequences} />
    </section>
  );
}
