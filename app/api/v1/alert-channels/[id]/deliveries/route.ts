import { alertChannelsContract } from "@/lib/alerts/channels/contract";
import { listDeliveries } from "@/lib/alerts/channels/list-deliveries";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(alertChannelsContract.deliveries, async ({ params, query, caller }) => ({
  deliveries: await listDeliveries(caller, params.id, query),
}));
