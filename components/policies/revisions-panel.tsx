"use client";

import { Fragment, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import type { GroupSettings } from "@/lib/domain/settings";
import type { GroupDetailView, RevisionSummaryView } from "@/lib/policies/views";
import { formatTime } from "./format-time";
import { RevertDialog } from "./revert-dialog";
import { RevisionChanges } from "./revision-changes";
import { useGroupRevisions, useRevertRevision } from "./use-group-revisions";
import { Skeleton } from "@/components/ui/skeleton";

type Props = {
  groupId: string;
  currentVersion: number;
  /** The saved settings of `currentVersion`: what a revert is compared with. */
  currentSettings: GroupSettings;
  canWrite: boolean;
  /** Unsaved edits block a revert, which would otherwise discard them. */
  dirty: boolean;
  onReverted: (group: GroupDetailView) => void;
};

/** The group's history: every revision with who, when and why; any revision's diff; revert. */
export function RevisionsPanel({ groupId, currentVersion, currentSettings, canWrite, dirty, onReverted }: Props) {
  const revisions = useGroupRevisions(groupId);
  const revert = useRevertRevision(groupId);
  const [openId, setOpenId] = useState<string | null>(null);
  const [reverting, setReverting] = useState<RevisionSummaryView | null>(null);

  if (revisions.isPending) return <Skeleton label="revisions" lines={4} />;
  if (revisions.isError) return <ErrorNote error={revisions.error} title="Could not load the revisions" />;
  if (revisions.data.revisions.length === 0) return <EmptyState title="No revisions yet" />;

  function confirmRevert(comment: string) {
    if (!reverting) return;
    revert.mutate(
      { revisionId: reverting.id, currentVersion, comment },
      {
        onSuccess: (group) => {
          setReverting(null);
          onReverted(group);
        },
      },
    );
  }

  return (
    <div className="space-y-3">
      {canWrite && dirty ? <p className="text-sm text-amber-800 dark:text-amber-300">Save or discard your changes before reverting.</p> : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-xs text-slate-600 uppercase dark:border-slate-800 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-4 py-2">Version</th>
              <th scope="col" className="px-4 py-2">By</th>
              <th scope="col" className="px-4 py-2">When</th>
              <th scope="col" className="px-4 py-2">Comment</th>
              <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {revisions.data.revisions.map((revision) => {
              const open = openId === revision.id;
              return (
                <Fragment key={revision.id}>
                  <tr data-testid={`revision-${revision.version}`} className="border-b border-slate-100 align-top dark:border-slate-800">
                    <td className="px-4 py-2 font-medium tabular-nums">
                      v{revision.version}
                      {revision.version === currentVersion ? <span className="ml-1 text-xs font-normal text-slate-600 dark:text-slate-400">(current)</span> : null}
                    </td>
                    <td className="px-4 py-2">{revision.actorEmail ?? "system"}</td>
                    <td className="px-4 py-2 whitespace-nowrap">{formatTime(revision.createdAt)}</td>
                    <td className="px-4 py-2">{revision.comment ?? <span className="text-slate-600 dark:text-slate-400">—</span>}</td>
                    <td className="px-4 py-2">
                      <div className="flex justify-end gap-2">
                        <Button variant="ghost" aria-expanded={open} aria-controls={`revision-${revision.id}-changes`} onClick={() => setOpenId(open ? null : revision.id)}>
                          {open ? "Hide changes" : "View changes"}
                        </Button>
                        {canWrite && revision.version !== currentVersion ? (
                          <Button variant="secondary" disabled={dirty} onClick={() => {
                              revert.reset();
                              setReverting(revision);
                            }}>
                            Revert
                          </Button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                  {open ? (
                    <tr id={`revision-${revision.id}-changes`} className="border-b border-slate-100 dark:border-slate-800">
                      <td colSpan={5} className="bg-slate-50 px-4 py-3 dark:bg-slate-950/40">
                        <RevisionChanges groupId={groupId} revisionId={revision.id} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <RevertDialog
        key={reverting?.id ?? "none"}
        groupId={groupId}
        currentSettings={currentSettings}
        revision={reverting}
        currentVersion={currentVersion}
        reverting={revert.isPending}
        error={revert.error}
        onConfirm={confirmRevert}
        onClose={() => setReverting(null)}
      />
    </div>
  );
}
