import type { Metadata } from "next";
import Link from "next/link";
import { AccountsPanel } from "@/components/settings/accounts-panel";
import { ApiKeysPanel } from "@/components/settings/api-keys-panel";
import { TokensPanel } from "@/components/settings/tokens-panel";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const caller = await pageCaller("account:manage");
  return (
    <>
      <PageHeader title="Settings" description="Console accounts, their roles, the tokens devices use to send telemetry, and API keys for integrations."
        actions={
          <Link href="/settings/api" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 dark:border-slate-700 dark:hover:bg-slate-800">
            API reference
          </Link>
        }
      />
      <AccountsPanel currentUserId={caller.userId} />
      <TokensPanel />
      <ApiKeysPanel />
    </>
  );
}
