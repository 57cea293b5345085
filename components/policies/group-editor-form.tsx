"use client";

import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { parseAsStringLiteral, useQueryState } from "nuqs";
import { useState } from "react";
import { ConnectivityPanel, ScheduledChecksPanel } from "@/components/probes";
import { PageHeader } from "@/components/ui/page-header";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import type { GroupDetailView } from "@/lib/policies/views";
import { CheckerPanel } from "./checker-panel";
import { ConflictDialog } from "./conflict-dialog";
import { EditorToolbar, PINNED_SAVE_BAR_SPACE } from "./editor-toolbar";
import { GroupActions } from "./group-actions";
import { plural } from "@/lib/format/time";
import { formatTime } from "./format-time";
import { GroupEditorLayout } from "./group-editor-layout";
import { ReadOnlyNote } from "./read-only-note";
import { ReviewDialog } from "./review-dialog";
import { RevisionsPanel } from "./revisions-panel";
import { SettingsForm } from "./settings-form";
import { useSaveGroupSettings } from "./use-save-group-settings";
import { useSettingsDraft } from "./use-settings-draft";
import { useUnsavedChangesGuard } from "./use-unsaved-changes-guard";
import { conflictOf, type SavedVersion } from "./version-conflict";

const TAB_VALUES = ["settings", "revisions"] as const;
type Tab = (typeof TAB_VALUES)[number];
// The open tab is in the URL (?tab=revisions), pushed: Back returns to the other tab, a link opens the history.
const tabParam = parseAsStringLiteral(TAB_VALUES).withDefault("settings").withOptions({ history: "push", clearOnDefault: true });
const TABS: { value: Tab; label: string }[] = [
  { value: "settings", label: "Settings" },
  { value: "revisions", label: "Revisions" },
];

const savedVersionOf = (group: GroupDetailView): SavedVersion => ({
  version: group.version,
  settings: group.settings,
  updatedByEmail: group.updatedByEmail,
  updatedAt: group.updatedAt,
});

/**
 * The group editor: settings with the live checker beside them, save through review, conflicts, history.
 * The connectivity panel sits below the checker; it tests the saved settings, and says so while the draft differs.
 * The scheduled checks (their schedule and last results) follow it.
 */
export function GroupEditorForm({ group, canWrite, canRunProbes }: { group: GroupDetailView; canWrite: boolean; canRunProbes: boolean }) {
  const draft = useSettingsDraft(savedVersionOf(group));
  const save = useSaveGroupSettings(group.id);
  const [tab, setTabParam] = useQueryState("tab", tabParam);
  const setTab = (next: Tab) => void setTabParam(next);
  const [reviewing, setReviewing] = useState(false);
  const [theirs, setTheirs] = useState<SavedVersion | null>(null);
  const [notice, setNotice] = useState("");
  useUnsavedChangesGuard(canWrite && draft.dirty);

  const { base } = draft;
  const invalidCount = Object.keys(draft.errors).length;

  function adopt(saved: GroupDetailView, message: string) {
    draft.adopt(savedVersionOf(saved));
    setNotice(message);
  }

  function openReview() {
    save.reset();
    setNotice("");
    setReviewing(true);
  }

  function confirm(comment: string) {
    save.mutate(
      { baseVersion: base.version, settings: draft.draft, comment },
      {
        onSuccess: (saved) => {
          setReviewing(false);
          adopt(saved, `Saved version ${saved.version}.`);
        },
        onError: (error) => {
          const current = conflictOf(error);
          if (!current) return; // shown in the review dialog
          setReviewing(false);
          setTheirs(current);
        },
      },
    );
  }

  return (
    <>
      <Link href="/policies" className="mb-3 inline-flex items-center gap-1 text-sm text-sky-800 hover:underline dark:text-sky-300">
        <ArrowLeft className="size-4" aria-hidden /> All groups
      </Link>
      <PageHeader
        title={group.name}
        description={group.description || undefined}
        actions={
          canWrite ? (
            <div className="flex flex-wrap items-center justify-end gap-2">
              <GroupActions group={group} />
              <EditorToolbar changeCount={draft.changes.length} invalidCount={invalidCount} onSave={openReview} onDiscard={draft.discard} />
            </div>
          ) : undefined
        }
      />
      <p className="-mt-4 mb-4 text-sm text-slate-600 dark:text-slate-400" data-testid="group-meta">
        {plural(group.memberCount, "member")} · version {base.version} · last changed by{" "}
        {base.updatedByEmail ?? "system"} on {formatTime(base.updatedAt)}
      </p>
      <p role="status" className="mb-2 text-sm text-emerald-800 empty:hidden dark:text-emerald-300">
        {notice}
      </p>
      {canWrite ? null : <div className="mb-4"><ReadOnlyNote /></div>}

      <Tabs idBase="group-editor" label="Group editor" items={TABS} value={tab} onValueChange={setTab} />
      <TabPanel idBase="group-editor" value="settings" hidden={tab !== "settings"}>
        <GroupEditorLayout
          settings={<SettingsForm draft={draft} readOnly={!canWrite} />}
          checker={<CheckerPanel settings={draft.draft} onApplyFix={canWrite ? draft.applyFix : undefined} />}
          aside={
            <div className="space-y-8">
              <ConnectivityPanel groupId={group.id} canRun={canRunProbes} unsavedEdits={canWrite && draft.dirty} savedVersion={base.version} />
              <ScheduledChecksPanel groupId={group.id} canWrite={canWrite} />
            </div>
          }
        />
      </TabPanel>
      <TabPanel idBase="group-editor" value="revisions" hidden={tab !== "revisions"}>
        {tab === "revisions" ? (
          <RevisionsPanel
            groupId={group.id}
            currentVersion={base.version}
            currentSettings={base.settings}
            canWrite={canWrite}
            dirty={draft.dirty}
            onReverted={(reverted) => adopt(reverted, `Reverted: the settings are now version ${reverted.version}.`)}
          />
        ) : null}
      </TabPanel>

      {canWrite ? (
        <>
          <ReviewDialog
            key={base.version}
            open={reviewing}
            onOpenChange={setReviewing}
            groupId={group.id}
            baseVersion={base.version}
            proposed={draft.draft}
            changes={draft.changes}
            saving={save.isPending}
            error={save.isError && !conflictOf(save.error) ? save.error : null}
            onConfirm={confirm}
          />
          <ConflictDialog
            base={base}
            mine={draft.draft}
            theirs={theirs}
            onClose={() => setTheirs(null)}
            onReloadTheirs={() => {
              if (theirs) draft.adopt(theirs);
              setTheirs(null);
              setNotice(`Loaded version ${theirs?.version}; your changes were discarded.`);
            }}
            onReapplyMine={() => {
              if (theirs) draft.reapplyOnTop(theirs);
              setTheirs(null);
              setNotice(`Your changes are now on top of version ${theirs?.version}. Review and save again.`);
            }}
          />
          {draft.dirty ? <div aria-hidden className={PINNED_SAVE_BAR_SPACE} /> : null}
        </>
      ) : null}
    </>
  );
}
