import type { Metadata } from "next";
import { AffectedUsersList } from "@/components/affected-users/affected-users-list";
import { PageHeader } from "@/components/ui/page-header";
import { describeFilter } from "@/lib/affected-users/describe-filter";
import { affectedGroupName } from "@/lib/affected-users/group-name";
import { pageCaller } from "@/lib/auth/page-caller";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value.length <= 200 ? value : undefined);

async function titleOf(searchParams: Props["searchParams"]): Promise<{ words: string; groupName: string | null }> {
  const caller = await pageCaller("directory:read");
  const query = await searchParams;
  const groupName = await affectedGroupName(caller, one(query.groupId));
  return { words: describeFilter({ groupName, cause: one(query.cause), outcome: one(query.outcome), fact: one(query.fact) }), groupName };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: `Affected users · ${(await titleOf(searchParams)).words}` };
}

/** The users behind a dashboard number. The rows load in the browser through GET /api/v1/affected-users, which audits the view. */
export default async function AffectedUsersPage({ searchParams }: Props) {
  const { words, groupName } = await titleOf(searchParams);
  return (
    <>
      <PageHeader title="Affected users" description={`Users with ${words}, one row each: how many of their notifications match and the latest one.`} />
      <AffectedUsersList groupName={groupName} />
    </>
  );
}
