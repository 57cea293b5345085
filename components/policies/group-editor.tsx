"use client";

import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import { ApiError } from "@/lib/client/api-client";
import { GroupEditorForm } from "./group-editor-form";
import { useGroup } from "./use-group";
import { PageSkeleton } from "@/components/ui/skeleton";

/** Loads a group, then hands it to the editor; loading, missing and failed states on the way. */
export function GroupEditor({ groupId, canWrite, canRunProbes }: { groupId: string; canWrite: boolean; canRunProbes: boolean }) {
  const group = useGroup(groupId);
  if (group.isPending) return <PageSkeleton label="the group" />;
  if (group.isError) {
    if (group.error instanceof ApiError && group.error.status === 404) {
      return (
        <EmptyState title="No such delivery group">
          It may have been removed. <Link href="/policies" className="underline">Back to all groups</Link>
        </EmptyState>
      );
    }
    return <ErrorNote error={group.error} title="Could not load the group" />;
  }
  return <GroupEditorForm key={group.data.id} group={group.data} canWrite={canWrite} canRunProbes={canRunProbes} />;
}
