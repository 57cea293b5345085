import type { Metadata } from "next";
import type { ReactNode } from "react";
import { GroupEditor } from "@/components/policies/group-editor";
import { pageCaller } from "@/lib/auth/page-caller";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Delivery group" };

export default async function GroupEditorPage({ params }: { params: Promise<{ groupId: string }> }) {
  const caller = await pageCaller("policy:read");
  const { groupId } = await params;

  // Connectivity panel slot: rendered below the prerequisite checker (GroupEditorLayout's `aside`).
  const connectivitySlot: ReactNode = null;

  return <GroupEditor groupId={groupId} canWrite={can(caller.role, "policy:write")} aside={connectivitySlot} />;
}
