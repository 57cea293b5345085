import type { Metadata } from "next";
import { AuditLog } from "@/components/audit/audit-log";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage() {
  await pageCaller("audit:read");
  return (
    <>
      <PageHeader title="Audit log" description="Every sign-in, account change and policy change, append-only." />
      <AuditLog />
    </>
  );
}
