import { alertsContract } from "@/lib/alerts/contract";
import { listAlerts } from "@/lib/alerts/list-alerts";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(alertsContract.list, async ({ query, caller }) => ({ alerts: await listAlerts(caller, query) }));
