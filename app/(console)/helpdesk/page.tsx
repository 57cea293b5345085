import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";

export default async function HelpdeskPage() {
  await pageCaller("directory:read");
  return (
    <>
      <PageHeader title="Helpdesk" description="Find a user and see why their notifications do not arrive." />
      <EmptyState title="No directory data yet">User search appears here once devices report telemetry.</EmptyState>
    </>
  );
}
