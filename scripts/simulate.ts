/** `npm run simulate -- --users 10000 --days 7 --rate 200`: sends a synthetic fleet to the ingestion API. */
import { SIMULATE_USAGE, UsageError, parseSimulateArgs } from "@/lib/simulator/cli-options";
import { IngestError } from "@/lib/simulator/ingest-client";
import { formatSummary, runSimulation } from "@/lib/simulator/run-simulation";

async function main(): Promise<number> {
  const options = parseSimulateArgs(process.argv.slice(2), { INGEST_TOKEN: process.env.INGEST_TOKEN });
  if (!options) {
    console.log(SIMULATE_USAGE);
    return 0;
  }
  process.stderr.write(`Sending ${options.users} users and ${options.days} days of events to ${options.url} (seed ${options.seed})\n`);
  const summary = await runSimulation(options, { progress: process.stderr });
  console.log(formatSummary(summary, options.url));
  if (summary.rejected === 0) return 0;
  // The generator only makes events the schemas accept, so a rejection means the API and simulator disagree.
  console.error(`\n${summary.rejected} events were rejected; first reasons:`);
  for (const { id, reason } of summary.rejections) console.error(`  ${id}: ${reason}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${SIMULATE_USAGE}`);
      process.exit(2);
    }
    // Expected failures (server down, bad token) get one clear line; anything else keeps its stack.
    console.error(error instanceof IngestError ? `simulate: ${error.message}` : error);
    process.exit(1);
  },
);
