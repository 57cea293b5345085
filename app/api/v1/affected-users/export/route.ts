import { affectedUsersContract } from "@/lib/affected-users/contract";
import { exportAffectedUsers } from "@/lib/affected-users/export-affected-users";
import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(affectedUsersContract.exportAffectedUsers, async ({ query, caller, ctx }) => csvResponse(await exportAffectedUsers(caller, query, ctx)));
