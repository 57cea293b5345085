import { userRoute } from "@/lib/api/handler";
import { searchUsers } from "@/lib/helpdesk/search-users";

export const GET = userRoute("directory:read", async ({ req, caller }) =>
  searchUsers(caller, Object.fromEntries(new URL(req.url).searchParams)),
);
