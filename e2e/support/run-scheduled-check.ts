import { runScheduledCheck } from "@/lib/probe-schedule/run-probe-schedule-tick";

/**
 * `node --conditions=react-server --import tsx e2e/support/run-scheduled-check.ts <groupId>`, with
 * DATABASE_URL set to the e2e server's database: one group's scheduled check, exactly as the
 * 5-minute tick runs it, without waiting for the tick (which would also pick other due groups).
 */
const groupId = process.argv[2];
if (!groupId) {
  console.error("usage: run-scheduled-check.ts <groupId>");
  process.exit(2);
}
runScheduledCheck(groupId, undefined)
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
