import { helpdeskContract } from "@/lib/helpdesk/contract";
import { listUserEvents } from "@/lib/helpdesk/list-user-events";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(helpdeskContract.listEvents, async ({ params, query, caller, ctx }) => listUserEvents(caller, params.id, query, ctx));
