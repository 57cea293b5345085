import { getUserOverview } from "@/lib/helpdesk/get-user-overview";
import { helpdeskContract } from "@/lib/helpdesk/contract";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(helpdeskContract.getUser, async ({ params, caller, ctx }) => getUserOverview(caller, params.id, ctx));
