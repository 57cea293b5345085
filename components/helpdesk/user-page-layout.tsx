"use client";

import Link from "next/link";
import { useEffect } from "react";
import { rememberRecentUser } from "@/components/shell/recent-users";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import { ApiError } from "@/lib/client/api-client";
import { DevicesPanel } from "./devices-panel";
import { DiagnosisPanel } from "./diagnosis-panel";
import { EventSummaryPanel } from "./event-summary-panel";
import { EventTimeline } from "./event-timeline";
import { LockScreenPanel } from "./lock-screen-panel";
import { PolicyPanel } from "./policy-panel";
import { UserHeader } from "./user-header";
import { useUserDiagnosis } from "./use-user-diagnosis";
import { useUserOverview } from "./use-user-overview";
import { ConnectivityPanel } from "@/components/probes";
import { PageSkeleton } from "@/components/ui/skeleton";

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

  const data = overview.data;
  return (
    <div className="space-y-6">
      <UserHeader overview={data} />
      <DiagnosisPanel userId={userId} overview={data} />
      <div className="grid gap-6 xl:grid-cols-2">
        <EventSummaryPanel userId={userId} />
        <div data-print="hide">
          <LockScreenPanel preview={data.lockScreen} />
        </div>
      </div>
      <DevicesPanel devices={data.devices} />
      <div data-print="hide">
        <PolicyPanel group={data.group} evaluation={data.evaluation} />
      </div>
      <EventTimeline userId={userId} devices={data.devices} lockScreen={data.lockScreen} />
      {data.group?.settings ? (
        <aside aria-label="Connectivity of the user's group" data-print="hide">
          <ConnectivityPanel groupId={data.group.id} canRun={canRunProbes} />
        </aside>
      ) : null}
    </div>
  );
}
