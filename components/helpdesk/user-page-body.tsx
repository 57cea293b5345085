"use client";

import type { ResponseOutput } from "@/lib/contract/endpoint";
import type { helpdeskContract } from "@/lib/helpdesk/contract";
import { DevicesPanel } from "./devices-panel";
import { DiagnosisPanel } from "./diagnosis-panel";
import { EventSummaryPanel } from "./event-summary-panel";
import { EventTimeline } from "./event-timeline";
import { LockScreenPanel } from "./lock-screen-panel";
import { PolicyPanel } from "./policy-panel";
import { UserHeader } from "./user-header";
import { ConnectivityPanel } from "@/components/probes";

type Overview = ResponseOutput<typeof helpdeskContract.getUser>;

/** The user's page once the overview is in (loaded apart from the page: see user-page-layout.tsx). */
export default function UserPageBody({ userId, overview, canRunProbes }: { userId: string; overview: Overview; canRunProbes: boolean }) {
  const data = overview;
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
