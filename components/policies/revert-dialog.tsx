"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import { Skeleton } from "@/components/ui/skeleton";
import type { GroupSettings } from "@/lib/domain/settings";
import { diffSettings } from "@/lib/policies/settings-diff";
import type { RevisionSummaryView } from "@/lib/policies/views";
import { ImpactSummary } from "./impact-summary";
import { SettingsDiffList } from "./settings-diff-list";
import { useGroupRevision } from "./use-group-revisions";

type Props = {
  groupId: string;
  /** The saved settings the revert replaces (not the draft: a revert is blocked while there are unsaved edits). */
  currentSettings: GroupSettings;
  revision: RevisionSummaryView | null;
  currentVersion: number;
  reverting: boolean;
  error: unknown;
  onConfirm: (comment: string) => void;
  onClose: () => void;
};

/**
 * Confirms a revert, a destructive change, so an alert dialog: first the changes from the current
 * saved version to the revision and how many members they affect, the same diff and counts the
 * save review shows. It saves the old settings as a new revision, so history keeps everything.
 */
export function RevertDialog({ groupId, currentSettings, revision, currentVersion, reverting, error, onConfirm, onClose }: Props) {
  const [comment, setComment] = useState("");
  const detail = useGroupRevision(groupId, revision?.id ?? null);
  const snapshot = detail.data?.snapshot ?? null;
  const changes = snapshot ? diffSettings(currentSettings, snapshot) : [];
  const unchanged = snapshot !== null && changes.length === 0;

  return (
    <ConfirmDialog
      open={revision !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      wide
      danger
      title={revision ? `Revert to version ${revision.version}?` : "Revert"}
      confirmLabel={`Revert to version ${revision?.version ?? ""}`}
      pending={reverting || snapshot === null}
      pendingLabel={reverting ? "Reverting…" : "Loading the revision…"}
      onConfirm={() => onConfirm(comment)}
      details={
        <div className="space-y-5">
          <section aria-labelledby="revert-changes">
            <h3 id="revert-changes" className="mb-1 text-sm font-semibold">
              {snapshot ? `Changes from version ${currentVersion} to the settings of version ${revision?.version}` : "Changes"}
            </h3>
            {detail.isError ? (
              <ErrorNote error={detail.error} title="Could not load the revision" />
            ) : snapshot ? (
              <SettingsDiffList changes={changes} emptyText="Same settings as the current version: reverting changes nothing." />
            ) : (
              <Skeleton label="the revision" />
            )}
          </section>
          <section aria-labelledby="revert-impact">
            <h3 id="revert-impact" className="mb-1 text-sm font-semibold">
              Impact on members
            </h3>
            {snapshot ? <ImpactSummary groupId={groupId} proposed={snapshot} enabled={revision !== null} /> : <Skeleton label="the member counts" />}
          </section>
          <div>
            <Label htmlFor="revert-comment">Comment (optional)</Label>
            <TextInput
              id="revert-comment"
              value={comment}
              maxLength={500}
              placeholder={revision ? `Reverted to version ${revision.version}` : ""}
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
          {error ? <ErrorNote error={error} title="Could not revert" /> : null}
        </div>
      }
    >
      {revision ? (
        <p>
          {unchanged
            ? `Version ${revision.version} has the settings of version ${currentVersion}; no new version is saved.`
            : `The settings of version ${revision.version} become version ${currentVersion + 1}. Versions 1–${currentVersion} stay in the history.`}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
