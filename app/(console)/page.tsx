import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";
import { ROLE_LABELS } from "@/lib/auth/permissions";

export default async function DashboardPage() {
  const caller = await pageCaller();
  return (
    <>
      <PageHeader title="Dashboard" description={`Signed in as ${caller.name} (${ROLE_LABELS[caller.role]}).`} />
      <p className="text-sm text-slate-600 dark:text-slate-400">Fleet and policy figures appear here once groups and telemetry exist.</p>
    </>
  );
}
