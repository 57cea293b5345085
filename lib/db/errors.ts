/** Errors that mean "the database is not answering", as opposed to a bad query. */
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "57P01", "57P03", "53300"]);
const UNAVAILABLE_TEXT = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|connection terminated|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|too many clients|Can't reach database server|DatabaseNotReachable/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown; kind?: unknown };
    if (typeof candidate.code === "string" && UNAVAILABLE_CODES.has(candidate.code)) return true;
    if (typeof candidate.kind === "string" && /DatabaseNotReachable|ConnectionClosed|SocketTimeout/.test(candidate.kind)) return true;
    if (typeof candidate.message === "string" && UNAVAILABLE_TEXT.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
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
