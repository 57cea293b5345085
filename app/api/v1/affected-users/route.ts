import { affectedUsersContract } from "@/lib/affected-users/contract";
import { listAffectedUsers } from "@/lib/affected-users/list-affected-users";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(affectedUsersContract.listAffectedUsers, async ({ query, caller, ctx }) => listAffectedUsers(caller, query, ctx));
