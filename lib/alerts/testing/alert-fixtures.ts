import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";

/** Events for the alert tests, written straight to the table (ingestion has its own tests). */

export type EventMix = { cause?: string; outcome?: "rich" | "failure" | "sync"; count: number };

/** `count` events of one kind in the group, spread over the minute before `at`. */
export async function insertEvents(groupId: string, at: Date, mixes: EventMix[]): Promise<void> {
  const userId = randomUUID();
  const rows = mixes.flatMap(({ cause, outcome, count }) =>
    Array.from({ length: count }, (_, i) => ({
      id: `alert-test-${randomUUID()}`,
      deviceId: "alert-test-device",
      userId,
      groupId,
      occurredAt: new Date(at.getTime() - 1_000 - ((i * 997) % 59_000)),
      outcome: outcome ?? (cause ? "failure" : "rich"),
      cause: cause ?? null,
    })),
  );
  await db().notificationEvent.createMany({ data: rows });
}

export const alertsOf = (ruleId: string) =>
  db().alert.findMany({ where: { ruleId }, include: { events: { orderBy: { at: "asc" } } }, orderBy: { firedAt: "asc" } });
