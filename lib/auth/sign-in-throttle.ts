import "server-only";
import { sqlPool } from "@/lib/db/client";
import { backoffSeconds } from "./sign-in-backoff";

/**
 * Failed sign-ins back off per account-and-address (someone guessing one account from one place)
 * and per address (someone trying many accounts). Only failures are counted: a success clears the
 * account's counter and never fills a window. Keys live in PostgreSQL so every instance shares them.
 */
export type ThrottlePolicy = { freeFailures: number; maxBackoffSeconds: number };
export type ThrottleKey = { key: string; policy: ThrottlePolicy };

export type ThrottleState = {
  blocked: boolean;
  retryAfterSeconds: number;
  /** True for the first refusal of this back-off window: the one that is audited. */
  firstRefusal: boolean;
};

/** Whether any key is still waiting out a back-off, and whether this is the window's first refusal. */
export async function checkSignInThrottle(keys: readonly ThrottleKey[], now = new Date()): Promise<ThrottleState> {
  const names = keys.map((entry) => entry.key);
  const { rows } = await sqlPool().query<{ until: Date | null }>(
    `SELECT max("blockedUntil") AS until FROM sign_in_failure WHERE key = ANY($1) AND "blockedUntil" > $2`,
    [names, now],
  );
  const until = rows[0]?.until;
  if (!until) return { blocked: false, retryAfterSeconds: 0, firstRefusal: false };
  // Only one request can move auditedBlock up to blockedUntil (the row lock re-checks the WHERE),
  // so a throttled window is audited once however many attempts hit it.
  const marked = await sqlPool().query(
    `UPDATE sign_in_failure SET "auditedBlock" = "blockedUntil"
       WHERE key = ANY($1) AND "blockedUntil" > $2 AND "auditedBlock" IS DISTINCT FROM "blockedUntil"`,
    [names, now],
  );
  return {
    blocked: true,
    retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
    firstRefusal: (marked.rowCount ?? 0) > 0,
  };
}

/** Counts a failure on each key and starts its back-off when it is past its free failures. */
export async function recordSignInFailure(keys: readonly ThrottleKey[], now = new Date()): Promise<void> {
  for (const { key, policy } of keys) {
    const { rows } = await sqlPool().query<{ failures: number }>(
      `INSERT INTO sign_in_failure (key, failures, "lastFailureAt") VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET failures = sign_in_failure.failures + 1, "lastFailureAt" = $2
       RETURNING failures`,
      [key, now],
    );
    const wait = backoffSeconds(rows[0]!.failures, policy.freeFailures, policy.maxBackoffSeconds);
    if (wait > 0) {
      await sqlPool().query(`UPDATE sign_in_failure SET "blockedUntil" = $2 WHERE key = $1`, [key, new Date(now.getTime() + wait * 1000)]);
    }
  }
}

/** A success forgets the account's failures from that address; the address keeps its own count. */
export async function clearSignInFailures(key: string): Promise<void> {
  await sqlPool().query(`DELETE FROM sign_in_failure WHERE key = $1`, [key]);
}

/** Counters nobody has failed on for `olderThanMs` are forgotten (the retention job calls this). */
export async function purgeSignInFailures(now = new Date(), olderThanMs = 24 * 3_600_000): Promise<number> {
  const { rowCount } = await sqlPool().query(`DELETE FROM sign_in_failure WHERE "lastFailureAt" < $1`, [new Date(now.getTime() - olderThanMs)]);
  return rowCount ?? 0;
}
