import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";
import { resourceIdSchema } from "@/lib/contract/resource-id";
import { storedText } from "@/lib/domain/text";
import { PROBE_RUN_TRIGGERS } from "@/lib/probe-schedule/triggers";
import { probeRunViewSchema, probeStreamEventSchema } from "./views";

/** The probes API: live connectivity tests of the hosts named in a group's settings. */

export const CA_BUNDLE_MAX_CHARS = 64 * 1024;
export const CA_BUNDLE_MAX_CERTIFICATES = 20;
export const NDJSON = "application/x-ndjson";

/** The body as the wire sees it; the operation then reads the PEM (lib/probe-runs/probe-request.ts). */
export const probeRequestBodySchema = z.strictObject({
  caBundlePem: storedText(CA_BUNDLE_MAX_CHARS, { trim: false })
    .nullish()
    .meta({ description: `Extra CA certificates (PEM, at most ${CA_BUNDLE_MAX_CERTIFICATES}) trusted for this run only, on top of the public roots. Never stored.` }),
});
export type ProbeRequestInput = z.input<typeof probeRequestBodySchema>;

export const probeRunsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
  // Filtered in the query, not by the client over a page: the last scheduled runs stay visible
  // however many manual tests came after them.
  trigger: z
    .enum(PROBE_RUN_TRIGGERS)
    .optional()
    .meta({ description: "Only runs started this way: `manual` (a person) or `scheduled` (the group's scheduled check); both when left out" }),
});

const tags = ["probes"];
const groupParams = z.object({ id: resourceIdSchema("delivery group") });

export const probesContract = {
  run: defineEndpoint({
    operationId: "runGroupProbes",
    method: "POST",
    path: "/api/v1/groups/{id}/probes",
    summary: "Test connectivity to the group's gateway, EWS, ActiveSync and push registration hosts",
    description:
      "Contacts only the hosts named in the group's settings, on their configured ports, the way Secure Mail does: DNS, TCP, TLS, " +
      "SOCKS5 CONNECT through the gateway (asking for the EWS host) and an EWS request without credentials. Addresses that are " +
      "link-local or cloud metadata services are refused without connecting. Each target has PROBE_BUDGET_MS; each user may run " +
      "PROBE_MAX_CONCURRENT_PER_USER tests at once. Every run is stored and audited (`probe.run`), refusals too. " +
      "With `Accept: application/x-ndjson` the answer streams one JSON event per line as each step starts and ends, ending with " +
      "`run_finished` (the stored run); otherwise it waits and answers 201 with the stored run. A client that disconnects does " +
      "not cancel the run.",
    tags,
    access: { kind: "user", permission: "probe:run" },
    params: groupParams,
    headers: z.object({ accept: z.string().optional().meta({ description: "`application/x-ndjson` to stream events" }) }),
    body: { schema: probeRequestBodySchema, required: false, maxBytes: CA_BUNDLE_MAX_CHARS + 4 * 1024 },
    responses: {
      200: { description: "The run has started: NDJSON events follow, one per line", schema: probeStreamEventSchema, contentType: NDJSON },
      201: { description: "The finished, stored run", schema: probeRunViewSchema },
    },
    errors: {
      409: "The group has no settings yet, or they cannot be tested",
      422: "Invalid input; `fields` names caBundlePem or an unknown key",
      429: "The caller already has PROBE_MAX_CONCURRENT_PER_USER tests running; Retry-After says when one has surely ended",
    },
  }),
  list: defineEndpoint({
    operationId: "listGroupProbeRuns",
    method: "GET",
    path: "/api/v1/groups/{id}/probes",
    summary: "The group's latest connectivity tests, newest first (time, actor, summary, result)",
    description: "`trigger=scheduled` lists the scheduled checks only, e.g. to follow certificates' days to expiry over time.",
    tags,
    access: { kind: "user", permission: "policy:read" },
    params: groupParams,
    query: probeRunsQuerySchema,
    responses: { 200: { description: "The runs", schema: z.strictObject({ runs: z.array(probeRunViewSchema) }) } },
  }),
};
