import "server-only";
import type { BodyInput, Endpoint, ParamsOutput, QueryInput, ResponseInput, SuccessStatus } from "@/lib/contract/endpoint";
import { nodeEnv } from "@/lib/env";
import { logger, type Logger } from "@/lib/log/logger";
import { authorizeRequest, type CallerOf } from "./authorize-request";
import { checkResponse, checkResponseBody } from "./check-response";
import { errorResponse } from "./error-response";
import { readBody, readParams, readQuery } from "./read-request";
import { clientIpOf, REQUEST_ID_HEADER, requestIdOf } from "./request-context";

/**
 * The route wrapper, above every area: it takes an endpoint's contract and a handler, and does
 * the rest the same way everywhere: access (session + CSRF + permission, or token + rate limit),
 * path parameters (malformed id → 404), query and body (one reader, the contract's byte limit,
 * JSON only), the one error mapper, and, outside production, the response checked against the
 * contract. Route files stay one call to one operation.
 */

export type RequestContext = { requestId: string; ip: string | null; log: Logger };

export type HandlerInput<E extends Endpoint> = {
  req: Request;
  params: ParamsOutput<E>;
  query: QueryInput<E>;
  body: BodyInput<E>;
  caller: CallerOf<E["access"]>;
  ctx: RequestContext;
};

const REPLY = Symbol("reply");

/** A success answer with a status and headers; the body is typed by the contract's schema for that status. */
export type Reply<S extends number = number, B = unknown> = { [REPLY]: true; status: S; body: B; headers?: Record<string, string> };

export function reply<S extends number, B>(status: S, body: B, headers?: Record<string, string>): Reply<S, B> {
  return { [REPLY]: true, status, body, ...(headers ? { headers } : {}) };
}

/** Each status with its own body; or a status picked at run time among those whose bodies agree. */
type Replies<E extends Endpoint> =
  | { [S in SuccessStatus<E>]: Reply<S, ResponseInput<E, S>> }[SuccessStatus<E>]
  | Reply<SuccessStatus<E>, ResponseInput<E, SuccessStatus<E>>>;

/** The body of the first success status, a Reply, or a Response built by hand (cookies, streams). */
export type HandlerResult<E extends Endpoint> = ResponseInput<E, SuccessStatus<E>> | Replies<E> | Response;

type RouteParams = Record<string, string | string[] | undefined>;
export type RouteHandler = ((req: Request, segment?: { params: Promise<RouteParams> }) => Promise<Response>) & { endpoint: Endpoint };

export function defineRoute<const E extends Endpoint>(endpoint: E, handler: (input: HandlerInput<E>) => Promise<HandlerResult<E>>): RouteHandler {
  const route = async (req: Request, segment?: { params: Promise<RouteParams> }) => {
    const requestId = requestIdOf(req.headers);
    const log = logger.child({ requestId, method: req.method, path: new URL(req.url).pathname, operationId: endpoint.operationId });
    try {
      const caller = await authorizeRequest(req, endpoint.access);
      const params = readParams(endpoint, (await segment?.params) ?? {});
      const query = readQuery(endpoint, new URL(req.url));
      const body = await readBody(endpoint, req);
      const ctx: RequestContext = { requestId, ip: clientIpOf(req.headers), log };
      const result = await handler({ req, params, query, body, caller, ctx } as HandlerInput<E>);
      const response = await toResponse(endpoint, result);
      response.headers.set(REQUEST_ID_HEADER, requestId);
      return response;
    } catch (error) {
      return errorResponse(error, requestId, log);
    }
  };
  return Object.assign(route, { endpoint });
}

async function toResponse(endpoint: Endpoint, result: unknown): Promise<Response> {
  const checking = nodeEnv() !== "production";
  if (result instanceof Response) {
    if (checking) await checkResponse(endpoint, result);
    return result;
  }
  const { status, body, headers } = isReply(result) ? result : { status: firstSuccessStatus(endpoint), body: result, headers: undefined };
  if (checking) checkResponseBody(endpoint, status, body);
  return Response.json(body, { status, headers });
}

function isReply(value: unknown): value is Reply {
  return typeof value === "object" && value !== null && REPLY in value;
}

function firstSuccessStatus(endpoint: Endpoint): number {
  return Math.min(...Object.keys(endpoint.responses).map(Number));
}
