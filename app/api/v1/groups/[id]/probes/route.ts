import { defineRoute, reply } from "@/lib/http/route";
import { probesContract } from "@/lib/probe-runs/contract";
import { listProbeRuns } from "@/lib/probe-runs/list-probe-runs";
import { probeStreamResponse, wantsNdjson } from "@/lib/probe-runs/probe-stream-response";
import { runGroupProbes } from "@/lib/probe-runs/run-group-probes";

export const GET = defineRoute(probesContract.list, async ({ params, query, caller }) => listProbeRuns(caller, params.id, query));

/** Runs a connectivity test: NDJSON events as they happen with `Accept: application/x-ndjson`, else the stored run (201). */
export const POST = defineRoute(probesContract.run, async ({ req, params, body, caller, ctx }) => {
  if (wantsNdjson(req.headers)) {
    return probeStreamResponse((onEvent) => runGroupProbes(caller, params.id, body, ctx, { onEvent }), ctx.log);
  }
  return reply(201, await runGroupProbes(caller, params.id, body, ctx));
});
