"use client";

import Link from "next/link";
import { lazy, Suspense, useEffect } from "react";
import { rememberRecentUser } from "@/components/shell/recent-users";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import { ApiError } from "@/lib/client/api-client";
import { useUserDiagnosis } from "./use-user-diagnosis";
import { useUserOverview } from "./use-user-overview";
import { PageSkeleton } from "@/components/ui/skeleton";

// The panels (diagnosis, timeline, devices, connectivity) are most of this page's JavaScript and
// show only once the user has loaded: they are fetched alongside the user, not in the page's
// first load. The import starts as soon as this module runs in the browser, so the downloads
// overlap; until both are in, the page shows the same skeleton.
const loadBody = () => import("./user-page-body");
if (typeof window !== "undefined") void loadBody();
const UserPageBody = lazy(loadBody);

/**
 * One user's page for the helpdesk: the diagnosis first, then the numbers, the lock-screen
 * preview, devices, policy and the live timeline; last, connectivity tests of the user's group.
 */
export function UserPageLayout({ userId, canRunProbes }: { userId: string; canRunProbes: boolean }) {
  const overview = useUserOverview(userId);
  // Started here so the diagnosis loads alongside the overview, not after it.
  useUserDiagnosis(userId);
  const name = overview.data?.user.displayName;
  useEffect(() => {
    if (name) rememberRecentUser({ id: userId, name });
  }, [userId, name]);

  if (overview.isPending) return <PageSkeleton label="the user" panels={4} />;
  if (overview.isError) {
    const missing = overview.error instanceof ApiError && (overview.error.status === 404 || overview.error.status === 422);
    return missing ? (
      <EmptyState title="No such user">
        <Link href="/helpdesk" className="text-sky-700 underline dark:text-sky-400">Search the directory</Link>
      </EmptyState>
    ) : (
      <ErrorNote error={overview.error} title="Could not load the user" />
    );
  }

  return (
    <Suspense fallback={<PageSkeleton label="the user" panels={4} />}>
      <UserPageBody userId={userId} overview={overview.data} canRunProbes={canRunProbes} />
    </Suspense>
  );
}
