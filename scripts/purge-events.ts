/**
 * `npm run purge:events [-- --days N]`: deletes notification events older than EVENT_RETENTION_DAYS
 * (or N days) now, in batches, exactly as the hourly job does; waits for nothing if another
 * instance holds the purge lock.
 */
import { runRetentionPurge } from "@/lib/retention/run-retention-purge";

function parseDays(args: string[]): number | undefined {
  const at = args.indexOf("--days");
  if (at === -1) return undefined;
  const days = Number(args[at + 1]);
  if (!Number.isInteger(days) || days < 1) throw new Error(`--days must be a whole number ≥ 1, got ${args[at + 1] ?? "nothing"}`);
  return days;
}

async function main(): Promise<number> {
  const run = await runRetentionPurge({ retentionDays: parseDays(process.argv.slice(2)) });
  if (!run.ran) {
    console.log(`Nothing done: ${run.reason}.`);
    return 0;
  }
  const { deleted, batches, cutoff } = run.result;
  console.log(`Deleted ${deleted} notification events that occurred before ${cutoff} (${batches} ${batches === 1 ? "batch" : "batches"}).`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`purge-events: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
