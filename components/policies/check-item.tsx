"use client";

import clsx from "clsx";
import { ReferenceQuote, sourceLabel } from "@/components/ui/sourced-text";
import type { Check } from "@/lib/domain/prerequisites";
import { SETTING_LABELS } from "@/lib/domain/settings";
import { Button } from "@/components/ui/button";
import { CheckStatusBadge, CheckStatusIcon } from "./check-status";
import { focusSetting, isGroupSetting, settingFieldId } from "./setting-fields";

const NEEDS_ACTION = new Set<Check["status"]>(["fail", "warn"]);

/** One prerequisite check: status, the offending value, the fix and its source (reference sentence or field guidance); failing ones stand out. */
export function CheckItem({ check, fix }: { check: Check; fix?: { label: string; apply: () => void } | null }) {
  const actionable = NEEDS_ACTION.has(check.status);
  const field = isGroupSetting(check.field) ? check.field : null;
  return (
    <li
      data-testid={`check-${check.id}`}
      data-status={check.status}
      className={clsx(
        "rounded-md border p-3 text-sm",
        check.status === "fail" && "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40",
        check.status === "warn" && "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40",
        !actionable && "border-slate-200 dark:border-slate-800",
      )}
    >
      <div className="flex items-start gap-2">
        <CheckStatusIcon status={check.status} />
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-medium">{check.title}</span>
            <CheckStatusBadge status={check.status} />
          </div>
          <p className="text-slate-700 dark:text-slate-300">{check.detail}</p>
          {check.remediation && check.status !== "pass" && check.status !== "not_applicable" ? (
            <p data-testid="check-remedy">
              <span className="font-medium">How to fix: </span>
              {check.remediation}
            </p>
          ) : null}
          {actionable ? (
            <ReferenceQuote text={check.reference} className="border-l-2 border-slate-300 pl-2 text-xs text-slate-600 dark:border-slate-600 dark:text-slate-400" />
          ) : (
            <details className="text-xs text-slate-600 dark:text-slate-400">
              <summary className="cursor-pointer">{sourceLabel(check.reference)}</summary>
              <ReferenceQuote text={check.reference} className="mt-1 border-l-2 border-slate-300 pl-2 dark:border-slate-600" />
            </details>
          )}
          {fix ? (
            <Button variant="secondary" onClick={fix.apply} data-testid="check-apply-fix">
              {fix.label}
            </Button>
          ) : null}
          {field ? (
            <a
              href={`#${settingFieldId(field)}`}
              className="inline-block text-xs font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
              onClick={(event) => {
                event.preventDefault();
                focusSetting(field);
              }}
            >
              Go to {SETTING_LABELS[field]}
            </a>
          ) : null}
        </div>
      </div>
    </li>
  );
}
