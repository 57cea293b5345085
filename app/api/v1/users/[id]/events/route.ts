import { userRoute } from "@/lib/api/handler";
import { listUserEvents } from "@/lib/helpdesk/list-user-events";

export const GET = userRoute<{ id: string }>("directory:read", async ({ req, params, caller }) =>
  listUserEvents(caller, params.id, Object.fromEntries(new URL(req.url).searchParams)),
);
