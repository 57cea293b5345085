"use client";

import { useMemo, useState } from "react";
import { fieldErrorsOf } from "@/lib/errors/app-error";
import { groupSettingsSchema, type GroupSettings } from "@/lib/domain/settings";
import { diffSettings, reapplyChanges } from "@/lib/policies/settings-diff";
import type { SettingKey } from "@/lib/policies/views";
import type { SettingFix } from "./one-setting-fix";
import type { SavedVersion } from "./version-conflict";

/** Field path (`backgroundNetworkServices[1]`) → message, from the same schema the API validates with. */
export type DraftErrors = Record<string, string>;

function errorsOf(draft: GroupSettings): DraftErrors {
  const result = groupSettingsSchema.safeParse(draft);
  if (result.success) return {};
  return Object.fromEntries(fieldErrorsOf(result.error).map(({ field, message }) => [field, message]));
}

/**
 * The editor's state: the saved version the edits are based on, and the edited settings.
 * Everything else (changes, validity) is derived from those two.
 */
export function useSettingsDraft(initial: SavedVersion) {
  const [base, setBase] = useState<SavedVersion>(initial);
  const [draft, setDraft] = useState<GroupSettings>(initial.settings);
  const changes = useMemo(() => diffSettings(base.settings, draft), [base, draft]);
  const errors = useMemo(() => errorsOf(draft), [draft]);

  return {
    base,
    draft,
    changes,
    errors,
    dirty: changes.length > 0,
    valid: Object.keys(errors).length === 0,
    set<K extends SettingKey>(field: K, value: GroupSettings[K]) {
      setDraft((current) => ({ ...current, [field]: value }));
    },
    /** A checker's "Apply fix": one setting value, applied like an edit (undone by Discard). */
    applyFix({ field, value }: SettingFix) {
      setDraft((current) => ({ ...current, [field]: value }));
    },
    /** Start over from a saved version (after a save, a revert, or "reload theirs"). */
    adopt(saved: SavedVersion) {
      setBase(saved);
      setDraft(saved.settings);
    },
    /** After a conflict: their version becomes the base and my edits are applied on top of it. */
    reapplyOnTop(theirs: SavedVersion) {
      setDraft(reapplyChanges(base.settings, draft, theirs.settings));
      setBase(theirs);
    },
    discard() {
      setDraft(base.settings);
    },
  };
}

export type SettingsDraft = ReturnType<typeof useSettingsDraft>;
