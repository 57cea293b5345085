"use client";

import { ErrorNote } from "@/components/ui/error-note";
import { SETTING_LABELS } from "@/lib/domain/settings";
import { SETTING_KEYS } from "@/lib/policies/settings-diff";
import { formatSettingValue } from "./format-setting-value";
import { SettingsDiffList } from "./settings-diff-list";
import { useGroupRevision } from "./use-group-revisions";
import { Skeleton } from "@/components/ui/skeleton";

/** One revision's changes against the one before it; the first revision lists all of its settings. */
export function RevisionChanges({ groupId, revisionId }: { groupId: string; revisionId: string }) {
  const revision = useGroupRevision(groupId, revisionId);
  if (revision.isPending) return <Skeleton label="the revision" />;
  if (revision.isError) return <ErrorNote error={revision.error} title="Could not load the revision" />;

  const { previousVersion, changes, snapshot, version } = revision.data;
  if (previousVersion === null) {
    return (
      <div>
        <p className="mb-1 text-sm text-slate-600 dark:text-slate-400">First revision: the settings the group started with.</p>
        <dl className="grid grid-cols-[minmax(0,14rem)_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          {SETTING_KEYS.map((field) => (
            <div key={field} className="contents">
              <dt className="font-medium">{SETTING_LABELS[field]}</dt>
              <dd className="break-words">{formatSettingValue(field, snapshot[field])}</dd>
            </div>
          ))}
        </dl>
      </div>
    );
  }
  return (
    <div>
      <p className="mb-1 text-sm text-slate-600 dark:text-slate-400">
        Changes from version {previousVersion} to version {version}:
      </p>
      <SettingsDiffList changes={changes} emptyText="Same settings as the version before." />
    </div>
  );
}
