"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SETTING_LABELS, type GroupSettings } from "@/lib/domain/settings";
import { diffSettings } from "@/lib/policies/settings-diff";
import { formatTime } from "./format-time";
import { SettingsDiffList } from "./settings-diff-list";
import type { SavedVersion } from "./version-conflict";

/**
 * Someone saved while you were editing. Shows who, what they changed since the version you started
 * from, and your changes; you choose to take theirs or re-apply yours on top. Nothing is overwritten.
 */
export function ConflictDialog({
  base,
  mine,
  theirs,
  onReloadTheirs,
  onReapplyMine,
  onClose,
}: {
  base: SavedVersion;
  mine: GroupSettings;
  theirs: SavedVersion | null;
  onReloadTheirs: () => void;
  onReapplyMine: () => void;
  onClose: () => void;
}) {
  const theirChanges = theirs ? diffSettings(base.settings, theirs.settings) : [];
  const myChanges = diffSettings(base.settings, mine);
  const both = myChanges.filter((change) => theirChanges.some((their) => their.field === change.field));
  return (
    <Dialog
      open={theirs !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      wide
      title="Someone saved first"
      description={
        theirs ? (
          <>
            <strong>{theirs.updatedByEmail ?? "Someone"}</strong> saved version {theirs.version} at {formatTime(theirs.updatedAt)}, after version{" "}
            {base.version} that you started from. Your changes were not saved.
          </>
        ) : null
      }
      footer={
        <>
          <Button variant="secondary" onClick={onReloadTheirs}>
            Reload theirs
          </Button>
          <Button onClick={onReapplyMine}>Re-apply my changes on top</Button>
        </>
      }
    >
      <div className="space-y-5" data-testid="conflict">
        <section aria-labelledby="conflict-theirs">
          <h3 id="conflict-theirs" className="mb-1 text-sm font-semibold">Their changes</h3>
          <SettingsDiffList changes={theirChanges} emptyText="They saved the same settings you started from." />
        </section>
        <section aria-labelledby="conflict-mine">
          <h3 id="conflict-mine" className="mb-1 text-sm font-semibold">Your unsaved changes</h3>
          <SettingsDiffList changes={myChanges} />
        </section>
        {both.length > 0 ? (
          <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
            You both changed {both.map((change) => SETTING_LABELS[change.field]).join(", ")}. Re-applying keeps your values for these; you review
            everything again before it is saved.
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
