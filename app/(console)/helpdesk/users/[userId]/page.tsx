import type { Metadata } from "next";
import { UserPageLayout } from "@/components/helpdesk/user-page-layout";
import { pageCaller } from "@/lib/auth/page-caller";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "User · Helpdesk" };

/** The data loads in the browser through GET /api/v1/users/{id}, which records the view in the audit log. */
export default async function HelpdeskUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const caller = await pageCaller("directory:read");
  const { userId } = await params;
  return <UserPageLayout userId={userId} canRunProbes={can(caller.role, "probe:run")} />;
}
