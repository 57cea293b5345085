import { helpdeskContract } from "@/lib/helpdesk/contract";
import { searchUsers } from "@/lib/helpdesk/search-users";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(helpdeskContract.searchUsers, async ({ query, caller, ctx }) => searchUsers(caller, query, ctx));
