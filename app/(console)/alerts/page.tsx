import type { Metadata } from "next";
import Link from "next/link";
import { AlertsPanel } from "@/components/alerts/alerts-panel";
import { RulesPanel } from "@/components/alerts/rules-panel";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Alerts" };

export default async function AlertsPage() {
  const caller = await pageCaller("alert:read");
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Rules that watch cause rates, verdict changes, certificate expiry and scheduled connectivity checks per group, and the alerts they raised."
        actions={
          can(caller.role, "alert_channel:manage") ? (
            <Link href="/alerts/channels" className="text-sm text-sky-800 underline hover:no-underline dark:text-sky-300">
              Channels: where alerts are sent
            </Link>
          ) : undefined
        }
      />
      <div className="space-y-6">
        <AlertsPanel />
        <RulesPanel canManage={can(caller.role, "alert:manage")} />
      </div>
    </>
  );
}
