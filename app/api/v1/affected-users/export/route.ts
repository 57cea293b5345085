import { affectedUsersContract } from "@/lib/affected-users/contract";
import { exportAffectedUsers } from "@/lib/affected-users/export-affected-users";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(affectedUsersContract.exportAffectedUsers, async ({ query, caller, ctx }) => {
  const file = await exportAffectedUsers(caller, query, ctx);
  return new Response(file.csv, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "x-export-truncated": String(file.truncated),
      // Personal data: no shared cache keeps a copy.
      "cache-control": "no-store",
    },
  });
});
