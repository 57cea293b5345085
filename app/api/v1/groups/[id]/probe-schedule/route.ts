import { defineRoute } from "@/lib/http/route";
import { probeScheduleContract } from "@/lib/probe-schedule/contract";
import { getProbeSchedule, replaceProbeSchedule } from "@/lib/probe-schedule/probe-schedule";

export const GET = defineRoute(probeScheduleContract.get, async ({ params, caller }) => getProbeSchedule(caller, params.id));

export const PUT = defineRoute(probeScheduleContract.replace, async ({ params, body, caller, ctx }) => replaceProbeSchedule(caller, params.id, body, ctx));
