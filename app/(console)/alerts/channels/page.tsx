import type { Metadata } from "next";
import { ChannelsPanel } from "@/components/alert-channels/channels-panel";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";

export const metadata: Metadata = { title: "Alert channels" };

export default async function AlertChannelsPage() {
  await pageCaller("alert_channel:manage");
  return (
    <>
      <PageHeader
        title="Alert channels"
        description="Where alerts go when they fire or resolve: signed webhooks and email. Failed deliveries are retried with back-off; every attempt is in the channel's delivery log."
      />
      <ChannelsPanel />
    </>
  );
}
