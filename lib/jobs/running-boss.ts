import type { PgBoss } from "pg-boss";

const holder = globalThis as unknown as { runningBoss?: PgBoss };

/** This process's started queue, for requests that hand work to it (null until it has started). */
export function runningBoss(): PgBoss | null {
  return holder.runningBoss ?? null;
}

export function setRunningBoss(boss: PgBoss | null): void {
  holder.runningBoss = boss ?? undefined;
}
