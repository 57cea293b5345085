import type { Metadata } from "next";
import { AccountsPanel } from "@/components/settings/accounts-panel";
import { TokensPanel } from "@/components/settings/tokens-panel";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const caller = await pageCaller("account:manage");
  return (
    <>
      <PageHeader title="Settings" description="Console accounts, their roles, and the tokens devices use to send telemetry." />
      <AccountsPanel currentUserId={caller.userId} />
      <TokensPanel />
    </>
  );
}
