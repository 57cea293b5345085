import "server-only";
import { db, type Db } from "@/lib/db/client";
import type { Health } from "./contract";

/** Whether the database answers, within a short timeout so a hung server cannot hang the probe. */
export async function checkHealth({ client = db(), timeoutMs = 3_000 }: { client?: Db; timeoutMs?: number } = {}): Promise<Health> {
  const started = performance.now();
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
    ]);
    return { status: "ok", database: { status: "up", latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    return { status: "unavailable", database: { status: "down", error: describeFailure(error) } };
  }
}

/** Driver errors are often AggregateErrors with an empty message; fall back to their code. */
function describeFailure(error: unknown): string {
  const { message, code, errors } = (error ?? {}) as { message?: string; code?: string; errors?: unknown[] };
  // Prisma wraps the driver's words as "Message: `…`" after a generic first line.
  const wrapped = message ? /Message: `([^`]+)`/.exec(message)?.[1] : undefined;
  const lastLine = message?.split("\n").filter((line) => line.trim()).at(-1)?.trim();
  if (wrapped ?? lastLine) return (wrapped ?? lastLine)!;
  if (code) return `database connection failed (${code})`;
  if (errors?.length) return describeFailure(errors[0]);
  return "database connection failed";
}
