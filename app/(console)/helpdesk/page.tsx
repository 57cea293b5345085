import type { Metadata } from "next";
import { UserSearch } from "@/components/helpdesk/user-search";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";

export const metadata: Metadata = { title: "Helpdesk" };

export default async function HelpdeskPage() {
  await pageCaller("directory:read");
  return (
    <>
      <PageHeader title="Helpdesk" description="Find a user and see why their notifications do not arrive, and what to do about it." />
      <UserSearch />
    </>
  );
}
