import "server-only";
import { env } from "@/lib/env";
import { purgeOldEvents, type PurgeOptions, type PurgeResult } from "./purge-old-events";
import { withAdvisoryLock } from "./with-advisory-lock";

/** Advisory lock key of the event retention purge (any constant no other job uses). */
export const RETENTION_LOCK_KEY = 720_260_001;

export type RetentionRun = { ran: true; result: PurgeResult } | { ran: false; reason: "another instance is purging" };

/** The retention purge as the scheduler and `npm run purge:events` run it: once across all instances. */
export async function runRetentionPurge(options: Partial<PurgeOptions> = {}): Promise<RetentionRun> {
  const retentionDays = options.retentionDays ?? env().EVENT_RETENTION_DAYS;
  const locked = await withAdvisoryLock(RETENTION_LOCK_KEY, () => purgeOldEvents({ ...options, retentionDays }));
  return locked.acquired ? { ran: true, result: locked.value } : { ran: false, reason: "another instance is purging" };
}
