"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { Panel } from "@/components/ui/panel";
import { ApiError } from "@/lib/client/api-client";
import type { GroupSettings } from "@/lib/domain/settings";
import { IMPORT_MAX_BYTES, importPreviewRows, parseImportText, proposedSettingsByName } from "@/lib/policies/import-preview";
import type { ImportResultView } from "@/lib/policies/views";
import { ImportFilePicker } from "./import-file-picker";
import { ImportGroupList } from "./import-group-list";
import { PreviewOutdatedError, useApplyImport, useImportPreview } from "./use-import-groups";

type Chosen = { name: string; json: unknown; proposed: Map<string, GroupSettings> };

function summaryLine({ created, updated, unchanged }: ImportResultView["summary"]): string {
  return `${created} new, ${updated} changed, ${unchanged} unchanged`;
}

/** Why Apply wrote nothing, in the terms of the race that stopped it. */
function ApplyError({ error }: { error: unknown }) {
  if (error instanceof PreviewOutdatedError) return <ErrorNote error={error} title="The preview was out of date" />;
  if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
    return <ErrorNote error={error} title="A group changed during the import: nothing was imported" />;
  }
  return <ErrorNote error={error} title="Could not import" />;
}

/**
 * Import an export file: choose or drop it, see per group what it would change (a dry run on the
 * server, which validates the whole file and names each bad field), then apply it in one go.
 */
export function ImportScreen() {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  // The dry run the admin is reviewing: set by the preview, replaced when Apply finds it outdated.
  const [reviewed, setReviewed] = useState<ImportResultView | null>(null);
  const preview = useImportPreview();
  const apply = useApplyImport();

  async function onFile(file: File) {
    setChosen(null);
    setReviewed(null);
    setReadError(null);
    preview.reset();
    apply.reset();
    if (file.size > IMPORT_MAX_BYTES) return setReadError(`The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB, the import's limit.`);
    const read = parseImportText(await file.text());
    if (!read.ok) return setReadError(read.message);
    setChosen({ name: file.name, json: read.json, proposed: proposedSettingsByName(read.json) });
    preview.mutate(read.json, { onSuccess: setReviewed });
  }

  function onApply() {
    if (!chosen || !reviewed) return;
    apply.mutate(
      { file: chosen.json, reviewed },
      { onError: (error) => (error instanceof PreviewOutdatedError ? setReviewed(error.fresh) : undefined) },
    );
  }

  const applied = apply.data ?? null;
  const shown = applied ?? reviewed;
  const nothingToDo = reviewed !== null && reviewed.summary.created + reviewed.summary.updated === 0;

  return (
    <div className="space-y-6">
      <Panel id="import-file" title="1. Choose the file" description="A file made by Export JSON on the policies page, edited or from another console. Groups are matched by name.">
        <ImportFilePicker onFile={(file) => void onFile(file)} disabled={preview.isPending || apply.isPending} />
        {chosen ? <p className="mt-2 text-sm" data-testid="import-file-name">Chosen: {chosen.name}</p> : null}
        {readError ? (
          <div className="mt-3">
            <ErrorNote error={readError} title="Could not read the file" />
          </div>
        ) : null}
        {preview.isError ? (
          <div className="mt-3">
            <ErrorNote error={preview.error} title="The file was refused: nothing was imported" />
          </div>
        ) : null}
        {preview.isPending ? <p className="mt-3 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">Checking the file…</p> : null}
      </Panel>

      {shown ? (
        <Panel
          id="import-preview"
          title={applied ? "Imported" : "2. Review what it changes"}
          description={applied ? `Applied: ${summaryLine(applied.summary)}.` : `Nothing is saved yet: ${summaryLine(shown.summary)}.`}
          actions={
            applied || nothingToDo ? undefined : (
              <Button onClick={onApply} disabled={apply.isPending}>
                {apply.isPending ? "Applying…" : "Apply import"}
              </Button>
            )
          }
        >
          <div className="space-y-3" data-testid="import-preview">
            {nothingToDo && !applied ? <p className="text-sm">Every group in the file matches what is stored: there is nothing to import.</p> : null}
            {apply.isError ? <ApplyError error={apply.error} /> : null}
            <p role="status" className="text-sm text-emerald-800 empty:hidden dark:text-emerald-300">
              {applied ? `Imported ${summaryLine(applied.summary)}. Groups whose settings changed have a new revision with the comment “Imported from file”.` : ""}
            </p>
            <ImportGroupList rows={importPreviewRows(shown)} proposed={chosen?.proposed ?? new Map()} showImpact={!applied} />
          </div>
        </Panel>
      ) : null}
    </div>
  );
}
