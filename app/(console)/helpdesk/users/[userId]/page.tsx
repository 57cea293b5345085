import type { Metadata } from "next";
import { UserPageLayout } from "@/components/helpdesk/user-page-layout";
import { pageCaller } from "@/lib/auth/page-caller";
import { can } from "@/lib/auth/permissions";
import { userTitle } from "@/lib/helpdesk/user-title";

type Props = { params: Promise<{ userId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const caller = await pageCaller("directory:read");
  const name = await userTitle(caller, (await params).userId);
  return { title: `${name ?? "Unknown user"} · Helpdesk` };
}

/** The data loads in the browser through GET /api/v1/users/{id}, which records the view in the audit log. */
export default async function HelpdeskUserPage({ params }: Props) {
  const caller = await pageCaller("directory:read");
  const { userId } = await params;
  return <UserPageLayout userId={userId} canRunProbes={can(caller.role, "probe:run")} />;
}
