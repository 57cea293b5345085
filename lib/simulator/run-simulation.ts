import { demoGroupSettings } from "@/lib/seed/demo-groups";
import type { SimulateOptions } from "./cli-options";
import { generateEvents } from "./events";
import { generateFleet } from "./fleet";
import { DAY_MS } from "./mail-arrivals";
import { createProgressBar, type ProgressStream } from "./progress-bar";
import { sendFleet, type SendProgress, type SendSummary } from "./send";

/** What `npm run simulate` does once its options are parsed: build the fleet, send it, report progress. */

export type SimulationIo = {
  /** Where progress goes (stderr in the CLI). */
  progress: ProgressStream;
  now?: Date;
  fetch?: typeof fetch;
};

export async function runSimulation(options: SimulateOptions, io: SimulationIo): Promise<SendSummary> {
  const now = io.now ?? new Date();
  const fleet = generateFleet({ users: options.users, seed: options.seed });
  // Users are sent into existing groups by name, and the default groups are the demo groups: their
  // settings decide which devices get rich push, sync-time notifications or none.
  const events = generateEvents({ fleet, days: options.days, seed: options.seed, now, groupSettings: demoGroupSettings() });
  const periodStart = now.getTime() - options.days * DAY_MS;
  const bar = createProgressBar(io.progress);

  // Events are streamed, so their progress is how far through the period the last one sent lies.
  const report = ({ phase, done, total, lastOccurredAt }: SendProgress) => {
    if (phase !== "events") return bar.update(phase, total ? done / total : 1, `${done}/${total ?? done}`);
    const reached = lastOccurredAt ? Date.parse(lastOccurredAt) : periodStart;
    bar.update(phase, (reached - periodStart) / (now.getTime() - periodStart), `${done} sent`);
  };

  try {
    const summary = await sendFleet({
      baseUrl: options.url,
      token: options.token,
      fleet,
      events,
      rate: options.rate || undefined,
      batchSize: options.batch,
      observedAt: now,
      onProgress: report,
      fetch: io.fetch,
    });
    bar.update("events", 1, `${summary.eventsSent} sent`);
    return summary;
  } finally {
    bar.finish();
  }
}

export function formatSummary(summary: SendSummary, url: string): string {
  const rows: [string, string][] = [
    ["users", String(summary.users)],
    ["devices", String(summary.devices)],
    ["events sent", String(summary.eventsSent)],
    ["accepted", String(summary.accepted)],
    ["duplicates", String(summary.duplicates)],
    ["rejected", String(summary.rejected)],
    ["elapsed", formatDuration(summary.elapsedMs)],
    ["events/s", summary.eventsPerSecond.toFixed(1)],
  ];
  return [`Simulation sent to ${url}`, ...rows.map(([label, value]) => `  ${label.padEnd(12)} ${value}`)].join("\n");
}

export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 100) / 10;
  if (totalSeconds < 60) return `${totalSeconds}s`;
  const seconds = Math.floor(totalSeconds % 60);
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const hours = Math.floor(totalSeconds / 3600);
  return hours > 0 ? `${hours}h ${minutes}m ${seconds}s` : `${minutes}m ${seconds}s`;
}
