import type { Metadata } from "next";
import { CreateGroupDialog } from "@/components/policies/create-group-dialog";
import { ExportGroupsLink } from "@/components/policies/export-groups-link";
import { ImportGroupsLink } from "@/components/policies/import-groups-link";
import { GroupList } from "@/components/policies/group-list";
import { ReadOnlyNote } from "@/components/policies/read-only-note";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Policies" };

export default async function PoliciesPage() {
  const caller = await pageCaller("policy:read");
  const canWrite = can(caller.role, "policy:write");
  return (
    <>
      <PageHeader
        title="Policies"
        description="Rich push settings per delivery group, and whether rich push works for each."
        actions={
          <>
            <ExportGroupsLink />
            {canWrite ? (
              <>
                <ImportGroupsLink />
                <CreateGroupDialog />
              </>
            ) : null}
          </>
        }
      />
      {canWrite ? null : <div className="mb-4"><ReadOnlyNote /></div>}
      <GroupList canWrite={canWrite} />
    </>
  );
}
