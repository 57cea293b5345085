import { alertsContract } from "@/lib/alerts/contract";
import { evaluateAlertsNow } from "@/lib/alerts/run-alert-evaluation";
import { defineRoute } from "@/lib/http/route";
import { runningBoss } from "@/lib/jobs/running-boss";

export const POST = defineRoute(alertsContract.evaluate, async ({ caller }) => evaluateAlertsNow(caller, runningBoss()));
