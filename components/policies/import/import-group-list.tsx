"use client";

import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { Badge, type Tone } from "@/components/ui/badge";
import type { GroupSettings } from "@/lib/domain/settings";
import { SETTING_LABELS } from "@/lib/domain/settings";
import type { ImportPreviewRow } from "@/lib/policies/import-preview";
import type { ImportOutcome } from "@/lib/policies/views";
import { formatSettingValue } from "../format-setting-value";
import { ImpactSummary } from "../impact-summary";
import { SettingsDiffList } from "../settings-diff-list";

const OUTCOME_BADGE: Record<ImportOutcome, { tone: Tone; label: string }> = {
  created: { tone: "sky", label: "New" },
  updated: { tone: "amber", label: "Changed" },
  unchanged: { tone: "slate", label: "Unchanged" },
};

function NewGroupSettings({ row }: { row: ImportPreviewRow }) {
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer text-sky-800 dark:text-sky-300">Its settings</summary>
      <dl className="mt-1 grid grid-cols-[minmax(0,14rem)_minmax(0,1fr)] gap-x-4 gap-y-1">
        {row.changes.map(({ field, after }) => (
          <div key={field} className="contents">
            <dt className="font-medium">{SETTING_LABELS[field]}</dt>
            <dd className="break-words">{formatSettingValue(field, after)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function GroupRow({ row, proposed, showImpact }: { row: ImportPreviewRow; proposed: GroupSettings | undefined; showImpact: boolean }) {
  const badge = OUTCOME_BADGE[row.outcome];
  return (
    <li className="py-3" data-testid={`import-group-${row.name}`} data-outcome={row.outcome}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium">
          {row.groupId ? (
            <Link href={`/policies/${row.groupId}`} className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
              {row.name}
            </Link>
          ) : (
            row.name
          )}
        </h3>
        <Badge tone={badge.tone}>{badge.label}</Badge>
        <span className="text-sm text-slate-600 dark:text-slate-400">{row.headline}</span>
      </div>
      {row.description && row.outcome === "updated" ? (
        <p className="mt-1 flex flex-wrap items-center gap-1.5 text-sm">
          <span className="font-medium">Description</span>
          <span className="text-slate-600 line-through dark:text-slate-400">{row.description.before || "None"}</span>
          <ArrowRight className="size-3.5 text-slate-600 dark:text-slate-400" aria-label="changes to" />
          <span>{row.description.after || "None"}</span>
        </p>
      ) : null}
      {row.outcome === "created" ? <NewGroupSettings row={row} /> : null}
      {row.outcome === "updated" && row.changes.length > 0 ? <SettingsDiffList changes={row.changes} /> : null}
      {showImpact && row.countsMembers && row.groupId && proposed ? (
        <div className="mt-2">
          <h4 className="mb-1 text-sm font-semibold">Impact on members</h4>
          <ImpactSummary groupId={row.groupId} proposed={proposed} enabled />
        </div>
      ) : null}
    </li>
  );
}

/** Each group of an import, new and changed ones first, with the setting changes and, before applying, the member counts. */
export function ImportGroupList({
  rows,
  proposed,
  showImpact,
}: {
  rows: ImportPreviewRow[];
  proposed: Map<string, GroupSettings>;
  showImpact: boolean;
}) {
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {rows.map((row) => (
        <GroupRow key={row.name} row={row} proposed={proposed.get(row.name)} showImpact={showImpact} />
      ))}
    </ul>
  );
}
