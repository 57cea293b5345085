/**
 * PostgreSQL quotes the offending input in many error messages ("invalid input syntax for type
 * uuid: \"ana@corp.example\"", "Key (email)=(ana@corp.example) already exists"), and Prisma wraps
 * such messages whole. Logs keep the message's shape and drop those values, so no personal data
 * from a statement's parameters reaches the log.
 */
export function scrubSqlValues(message: string): string {
  return message
    .replace(/=\([^)]*\)/g, "=(…)")
    .replace(/"(?:[^"\\]|\\.)*"/g, (quoted) => (/^"[A-Za-z_][A-Za-z0-9_.]*"$/.test(quoted) ? quoted : '"…"'))
    .replace(/'(?:[^'\\]|\\.)*'/g, "'…'");
}
