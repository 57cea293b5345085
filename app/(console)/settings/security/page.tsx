import type { Metadata } from "next";
import { SecurityPanel } from "@/components/settings/security-panel";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";

export const metadata: Metadata = { title: "Security" };

/** Every signed-in account's own settings; also where MFA_REQUIRED_FOR_ADMINS sends an admin to enrol. */
export default async function SecurityPage() {
  await pageCaller(undefined, { enrolmentPage: true });
  return (
    <>
      <PageHeader title="Security" description="How you sign in to the console." />
      <SecurityPanel />
    </>
  );
}
