"use client";

import { toast } from "sonner";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import type { BodyInput } from "@/lib/contract/endpoint";
import { queryKeys } from "@/lib/client/query-keys";
import { policiesContract } from "@/lib/policies/contract";
import { samePlan } from "@/lib/policies/import-preview";
import type { ImportResultView } from "@/lib/policies/views";

type ImportBody = BodyInput<typeof policiesContract.importGroups>;

/** Thrown by Apply when the stored groups changed after the preview: nothing was written. */
export class PreviewOutdatedError extends Error {
  constructor(readonly fresh: ImportResultView) {
    super("The stored groups changed since this preview. Nothing was imported; review the new preview and apply again.");
  }
}

// The file as read from disk: the server validates it whole and names each bad field.
const importCall = (file: unknown, dryRun: boolean) =>
  callApi(policiesContract.importGroups, { query: { dryRun: dryRun ? "true" : "false" }, body: file as ImportBody });

/** The dry run: what the file would change, per group, without writing. */
export function useImportPreview() {
  return useMutation({ mutationFn: (file: unknown) => importCall(file, true) });
}

/**
 * Apply: a fresh dry run first, compared with the preview the admin reviewed (see samePlan), then
 * the real import, which writes every group in one transaction or none (409/412 on a race).
 */
export function useApplyImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, reviewed }: { file: unknown; reviewed: ImportResultView }) => {
      const fresh = await importCall(file, true);
      if (!samePlan(fresh, reviewed)) throw new PreviewOutdatedError(fresh);
      return importCall(file, false);
    },
    onSuccess: (result) => {
      const { created, updated, unchanged } = result.summary;
      toast.success(`Import applied: ${created} created, ${updated} updated, ${unchanged} unchanged`);
      // Every group view: the list, and the detail and history of each group written.
      return client.invalidateQueries({ queryKey: queryKeys.groups.all });
    },
  });
}
