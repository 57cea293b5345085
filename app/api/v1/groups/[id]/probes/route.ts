import { json, userRoute } from "@/lib/api/handler";
import { listProbeRuns } from "@/lib/probe-runs/list-probe-runs";
import { readProbeRequestBody } from "@/lib/probe-runs/probe-request";
import { probeStreamResponse, wantsNdjson } from "@/lib/probe-runs/probe-stream-response";
import { runGroupProbes } from "@/lib/probe-runs/run-group-probes";

type Params = { id: string };

export const GET = userRoute<Params>("policy:read", async ({ req, params, caller }) =>
  listProbeRuns(caller, params.id, Object.fromEntries(new URL(req.url).searchParams)),
);

/** Runs a connectivity test: NDJSON events as they happen with `Accept: application/x-ndjson`, else the stored run (201). */
export const POST = userRoute<Params>("probe:run", async ({ req, params, caller, ip, requestId, log }) => {
  const input = await readProbeRequestBody(req);
  const context = { ip, requestId };
  if (wantsNdjson(req.headers)) {
    return probeStreamResponse((onEvent) => runGroupProbes(caller, params.id, input, context, { onEvent }), log);
  }
  return json(await runGroupProbes(caller, params.id, input, context), { status: 201 });
});
