"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorNote } from "@/components/ui/error-note";
import { Label, TextInput } from "@/components/ui/field";
import type { RevisionSummaryView } from "@/lib/policies/views";

/** Confirms a revert; it saves the old settings as a new revision, so history keeps everything. */
export function RevertDialog({
  revision,
  currentVersion,
  reverting,
  error,
  onConfirm,
  onClose,
}: {
  revision: RevisionSummaryView | null;
  currentVersion: number;
  reverting: boolean;
  error: unknown;
  onConfirm: (comment: string) => void;
  onClose: () => void;
}) {
  const [comment, setComment] = useState("");
  return (
    <Dialog
      open={revision !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={revision ? `Revert to version ${revision.version}?` : "Revert"}
      description={revision ? `The settings of version ${revision.version} become version ${currentVersion + 1}. Versions 1–${currentVersion} stay in the history.` : undefined}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" disabled={reverting} onClick={() => onConfirm(comment)}>
            {reverting ? "Reverting…" : `Revert to version ${revision?.version ?? ""}`}
          </Button>
        </>
      }
    >
      <div className="space-y-3">
        <div>
          <Label htmlFor="revert-comment">Comment (optional)</Label>
          <TextInput id="revert-comment" value={comment} maxLength={500} placeholder={revision ? `Reverted to version ${revision.version}` : ""} onChange={(event) => setComment(event.target.value)} />
        </div>
        {error ? <ErrorNote error={error} title="Could not revert" /> : null}
      </div>
    </Dialog>
  );
}
