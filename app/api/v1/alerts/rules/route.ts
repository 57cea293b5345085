import { alertsContract } from "@/lib/alerts/contract";
import { createAlertRule } from "@/lib/alerts/create-alert-rule";
import { listAlertRules } from "@/lib/alerts/list-alert-rules";
import { defineRoute, reply } from "@/lib/http/route";

export const GET = defineRoute(alertsContract.listRules, async ({ caller }) => ({ rules: await listAlertRules(caller) }));

export const POST = defineRoute(alertsContract.createRule, async ({ body, caller, ctx }) => reply(201, await createAlertRule(caller, body, ctx)));
