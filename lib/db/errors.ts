/**
 * Errors that mean "the database is not answering", as opposed to a bad query: the server is
 * down, restarting, refusing connections, or did not answer in time. Callers answer these with
 * 503 and Retry-After; the same request can succeed a moment later. Pure (no pg import), so
 * error boundaries in the browser can use the digest below.
 */

const UNAVAILABLE_CODES = new Set([
  // Socket errors: nothing listens (server down), the connection broke, or no route.
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  // SQLSTATE class 57 "operator intervention": shutdown, crash of another backend, restart.
  "57P01", // admin_shutdown: "terminating connection due to administrator command"
  "57P02", // crash_shutdown: another server process crashed, every backend is reset
  "57P03", // cannot_connect_now: "the database system is starting up / not yet accepting connections"
  // query_canceled, e.g. "canceling statement due to statement timeout": the database did not
  // answer in time. Like a server that is down, trying again shortly is the right advice, so it
  // is a 503 with Retry-After rather than a 500 (nothing was changed: the statement rolled back).
  "57014",
  "53300", // too_many_connections
  // SQLSTATE class 08 "connection exception".
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

const UNAVAILABLE_TEXT = new RegExp(
  [
    "ECONNREFUSED",
    "ECONNRESET",
    "ETIMEDOUT",
    "Connection terminated", // pg: "… unexpectedly", "… due to connection timeout"
    "timeout exceeded when trying to connect", // pg-pool: no free connection within connectionTimeoutMillis
    "^timeout expired$", // pg Client: no session within connectionTimeoutMillis
    "Query read timeout", // pg: no answer within query_timeout
    "not queryable", // pg: "Client has encountered a connection error and is not queryable"
    "the database system is (starting up|shutting down|not yet accepting connections|in recovery mode)",
    "terminating connection due to administrator command",
    "canceling statement due to statement timeout",
    "too many clients",
    "Can't reach database server",
    "DatabaseNotReachable",
  ].join("|"),
  "i",
);

const UNAVAILABLE_KINDS = /^(DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections)$/;

/** Walks the error and its causes (driver adapters wrap pg's error), up to a few levels. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown; kind?: unknown; errors?: unknown };
    if (typeof candidate.code === "string" && UNAVAILABLE_CODES.has(candidate.code)) return true;
    if (typeof candidate.kind === "string" && UNAVAILABLE_KINDS.test(candidate.kind)) return true;
    if (typeof candidate.message === "string" && UNAVAILABLE_TEXT.test(candidate.message)) return true;
    // Node's AggregateError (IPv4 and IPv6 both refused) carries the socket errors in `errors`.
    if (Array.isArray(candidate.errors) && candidate.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    current = candidate.cause;
  }
  return false;
}

/**
 * In production a server component's error reaches the browser as a generic message plus its
 * `digest`; Next keeps a digest the error already has. Server code tags database outages with
 * this one so that error boundaries can say what happened.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

/** Tags `error` with DATABASE_UNAVAILABLE_DIGEST when it is a database outage; returns it for rethrowing. */
export function withDatabaseDigest<E>(error: E): E {
  if (error && typeof error === "object" && isDatabaseUnavailable(error)) {
    (error as { digest?: string }).digest = DATABASE_UNAVAILABLE_DIGEST;
  }
  return error;
}

/** Whether an error that reached an error boundary was a database outage. */
export function isDatabaseUnavailableDigest(error: unknown): boolean {
  return Boolean(error) && typeof error === "object" && (error as { digest?: unknown }).digest === DATABASE_UNAVAILABLE_DIGEST;
}

/**
 * A unique-constraint violation: Prisma's P2002, or PostgreSQL's 23505 from a statement sent on
 * the pool directly (also when wrapped as a cause). Two creates racing for one email or one group
 * name end here; the caller answers 409, not 500.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (code === "P2002" || code === "23505") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
