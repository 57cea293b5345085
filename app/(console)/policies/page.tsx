import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";

export default async function PoliciesPage() {
  await pageCaller("policy:read");
  return (
    <>
      <PageHeader title="Policies" description="Rich push settings per delivery group." />
      <EmptyState title="No delivery groups yet">Delivery groups and their live prerequisite check appear here.</EmptyState>
    </>
  );
}
