"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import type { GroupSettings } from "@/lib/domain/settings";
import type { SettingChange } from "@/lib/policies/views";
import { ImpactSummary } from "./impact-summary";
import { SettingsDiffList } from "./settings-diff-list";

/** Before saving: the changes, how many members they affect, and an optional comment for the revision. */
export function ReviewDialog({
  open,
  onOpenChange,
  groupId,
  baseVersion,
  proposed,
  changes,
  saving,
  error,
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  groupId: string;
  baseVersion: number;
  proposed: GroupSettings;
  changes: SettingChange[];
  saving: boolean;
  error: unknown;
  onConfirm: (comment: string) => void;
}) {
  const [comment, setComment] = useState("");
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      wide
      title="Review and save"
      description={`Saving creates version ${baseVersion + 1}; version ${baseVersion} stays in the revision history.`}
      footer={
        <>
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Back to editing
          </Button>
          <Button onClick={() => onConfirm(comment)} disabled={saving}>
            {saving ? "Saving…" : "Confirm and save"}
          </Button>
        </>
      }
    >
      <div className="space-y-5">
        <section aria-labelledby="review-changes">
          <h3 id="review-changes" className="mb-1 text-sm font-semibold">
            {changes.length === 1 ? "1 change" : `${changes.length} changes`}
          </h3>
          <SettingsDiffList changes={changes} />
        </section>
        <section aria-labelledby="review-impact">
          <h3 id="review-impact" className="mb-1 text-sm font-semibold">
            Impact on members
          </h3>
          <ImpactSummary groupId={groupId} proposed={proposed} enabled={open} />
        </section>
        <div>
          <Label htmlFor="revision-comment">Comment (optional)</Label>
          <TextInput id="revision-comment" value={comment} maxLength={500} placeholder="Why this change?" onChange={(event) => setComment(event.target.value)} />
        </div>
        {error ? <ErrorNote error={error} title="Could not save" /> : null}
      </div>
    </Dialog>
  );
}
