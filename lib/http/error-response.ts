import "server-only";
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { AppError, validationError } from "@/lib/errors/app-error";
import type { ErrorBody } from "@/lib/errors/error-body";
import type { Logger } from "@/lib/log/logger";
import { scrubSqlValues } from "@/lib/log/scrub-sql-values";
import { ContractDriftError } from "./check-response";
import { REQUEST_ID_HEADER } from "./request-context";

/**
 * The one error mapper: Zod → 422 with each field, AppError → its code, a database that is down
 * → 503 with Retry-After, anything else → 500 that never leaks its cause (the log has it).
 */
export function errorResponse(error: unknown, requestId: string, log: Logger): Response {
  const headers = { [REQUEST_ID_HEADER]: requestId };
  if (error instanceof ZodError) error = validationError(error);
  if (error instanceof AppError) {
    const { fields, details } = error.extra;
    const body: ErrorBody = { error: { code: error.code, message: error.message, ...(fields ? { fields } : {}), ...(details ? { details } : {}) } };
    return Response.json(body, { status: error.status, headers: { ...headers, ...error.extra.headers } });
  }
  if (isDatabaseUnavailable(error)) {
    log.error({ err: describe(error) }, "database unavailable");
    // Not "nothing was changed": a write can commit just before its answer is lost. Every write is
    // safe to retry (ingestion is idempotent, policy writes carry If-Match), so say to retry.
    const body: ErrorBody = { error: { code: "unavailable", message: "The database is not answering; the request may not have been carried out. Try again shortly." } };
    return Response.json(body, { status: 503, headers: { ...headers, "retry-after": "5" } });
  }
  log.error({ err: describe(error) }, error instanceof ContractDriftError ? "response outside its contract" : "unhandled error");
  const body: ErrorBody = { error: { code: "internal", message: "Something went wrong on our side.", requestId } };
  return Response.json(body, { status: 500, headers });
}

/** The error for the log, without the statement values a database message may quote (personal data). */
function describe(error: unknown) {
  if (!(error instanceof Error)) return { value: scrubSqlValues(String(error)) };
  const message = scrubSqlValues(error.message);
  return { message, name: error.name, stack: error.stack?.replace(error.message, message) };
}
