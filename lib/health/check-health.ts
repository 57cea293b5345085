import { db } from "@/lib/db/client";

export type Health = { status: "ok" | "unavailable"; database: { status: "up" | "down"; latencyMs?: number; error?: string } };

/** Whether the database answers, within a short timeout so a hung server cannot hang the probe. */
export async function checkHealth(timeoutMs = 3_000): Promise<Health> {
  const started = performance.now();
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
    ]);
    return { status: "ok", database: { status: "up", latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return { status: "unavailable", database: { status: "down", error: message } };
  }
}
