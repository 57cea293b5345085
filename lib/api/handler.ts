import { ZodError } from "zod";
import { getSessionCaller, requirePermission, type Caller, type UserCaller } from "@/lib/auth/caller";
import type { Permission } from "@/lib/auth/permissions";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { logger, type Logger } from "@/lib/log/logger";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { AppError, validationError } from "./errors";
import { clientIpOf, REQUEST_ID_HEADER, requestIdOf } from "./request-context";

type RouteParams = Record<string, string | string[] | undefined>;

type BaseContext<P> = { req: Request; params: P; requestId: string; ip: string | null; log: Logger };
export type UserRouteContext<P> = BaseContext<P> & { caller: UserCaller };
export type TokenRouteContext<P> = BaseContext<P> & { caller: Extract<Caller, { kind: "token" }> };

type Result = Response | object | null;

export function json(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, init);
}

export function errorResponse(error: unknown, requestId: string, log: Logger): Response {
  const headers = { [REQUEST_ID_HEADER]: requestId };
  if (error instanceof ZodError) error = validationError(error);
  if (error instanceof AppError) {
    const { fields, details } = error.extra;
    return json(
      { error: { code: error.code, message: error.message, ...(fields ? { fields } : {}), ...(details ? { details } : {}) } },
      { status: error.status, headers: { ...headers, ...error.extra.headers } },
    );
  }
  if (isDatabaseUnavailable(error)) {
    log.error({ err: describe(error) }, "database unavailable");
    return json(
      { error: { code: "unavailable", message: "The database is not answering; nothing was changed. Try again shortly." } },
      { status: 503, headers: { ...headers, "retry-after": "5" } },
    );
  }
  log.error({ err: describe(error) }, "unhandled error");
  return json({ error: { code: "internal", message: "Something went wrong on our side.", requestId } }, { status: 500, headers });
}

function describe(error: unknown) {
  return error instanceof Error ? { message: error.message, name: error.name, stack: error.stack } : { value: String(error) };
}

function toResponse(result: Result, requestId: string): Response {
  const response = result instanceof Response ? result : json(result);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

async function run<P>(req: Request, paramsPromise: Promise<P> | undefined, body: (base: BaseContext<P>) => Promise<Result>) {
  const requestId = requestIdOf(req.headers);
  const log = logger.child({ requestId, method: req.method, path: new URL(req.url).pathname });
  try {
    const params = ((await paramsPromise) ?? {}) as P;
    return toResponse(await body({ req, params, requestId, ip: clientIpOf(req.headers), log }), requestId);
  } catch (error) {
    return errorResponse(error, requestId, log);
  }
}

/** A route for signed-in users: session → role → permission, checked before the handler runs. */
export function userRoute<P = RouteParams>(permission: Permission, handler: (ctx: UserRouteContext<P>) => Promise<Result>) {
  return (req: Request, segment?: { params: Promise<P> }) =>
    run<P>(req, segment?.params, async (base) => {
      const caller = requirePermission(await getSessionCaller(req.headers), permission);
      return handler({ ...base, caller });
    });
}

/** A route for ingestion tokens only (`Authorization: Bearer …`). */
export function tokenRoute<P = RouteParams>(handler: (ctx: TokenRouteContext<P>) => Promise<Result>) {
  return (req: Request, segment?: { params: Promise<P> }) =>
    run<P>(req, segment?.params, async (base) => {
      const caller = await authenticateToken(req.headers);
      if (!caller) throw new AppError("unauthenticated", "A valid ingestion token is required (Authorization: Bearer …).");
      return handler({ ...base, caller });
    });
}

/** A route anyone may call (health, sign-in). */
export function publicRoute<P = RouteParams>(handler: (ctx: BaseContext<P>) => Promise<Result>) {
  return (req: Request, segment?: { params: Promise<P> }) => run<P>(req, segment?.params, handler);
}

/** Reads a JSON body; malformed JSON is a 400 naming the problem, never a 500. */
export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) throw new AppError("bad_request", "The request body is empty; a JSON object was expected.");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError("bad_request", `The request body is not valid JSON: ${(error as Error).message}`);
  }
}
