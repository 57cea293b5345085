"use client";

import Link from "next/link";
import { lazy, Suspense } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import { ApiError } from "@/lib/client/api-client";
import { useGroup } from "./use-group";
import { PageSkeleton } from "@/components/ui/skeleton";

// The form (settings, validation with zod, revisions, probes) is most of this page's JavaScript
// and is shown only once the group has loaded: it is fetched alongside the group, not in the
// page's first load. The import starts as soon as this module runs in the browser, so the two
// downloads overlap; until both are in, the page shows the same skeleton.
const loadForm = () => import("./group-editor-form");
if (typeof window !== "undefined") void loadForm();
const GroupEditorForm = lazy(() => loadForm().then((module) => ({ default: module.GroupEditorForm })));

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
  return (
    <Suspense fallback={<PageSkeleton label="the group" />}>
      <GroupEditorForm key={group.data.id} group={group.data} canWrite={canWrite} canRunProbes={canRunProbes} />
    </Suspense>
  );
}
