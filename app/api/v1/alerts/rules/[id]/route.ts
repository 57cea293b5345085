import { alertsContract } from "@/lib/alerts/contract";
import { deleteAlertRule } from "@/lib/alerts/delete-alert-rule";
import { updateAlertRule } from "@/lib/alerts/update-alert-rule";
import { defineRoute } from "@/lib/http/route";

export const PUT = defineRoute(alertsContract.updateRule, async ({ params, body, caller, ctx }) => updateAlertRule(caller, params.id, body, ctx));

export const DELETE = defineRoute(alertsContract.deleteRule, async ({ params, caller, ctx }) => deleteAlertRule(caller, params.id, ctx));
