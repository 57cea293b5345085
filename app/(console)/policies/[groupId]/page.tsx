import type { Metadata } from "next";
import { GroupEditor } from "@/components/policies/group-editor";
import { pageCaller } from "@/lib/auth/page-caller";
import { can } from "@/lib/auth/permissions";
import { groupTitle } from "@/lib/policies/group-title";

type Props = { params: Promise<{ groupId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const caller = await pageCaller("policy:read");
  const name = await groupTitle(caller, (await params).groupId);
  return { title: `${name ?? "Unknown group"} · Policies` };
}

export default async function GroupEditorPage({ params }: Props) {
  const caller = await pageCaller("policy:read");
  const { groupId } = await params;
  return (
    <GroupEditor
      groupId={groupId}
      canWrite={can(caller.role, "policy:write")}
      canRunProbes={can(caller.role, "probe:run")}
    />
  );
}
