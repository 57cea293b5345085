import { parseArgs } from "node:util";
import { MAX_EVENTS_PER_BATCH } from "@/lib/telemetry/schemas";

/** Command-line options of `npm run simulate`. */

export type SimulateOptions = {
  users: number;
  days: number;
  /** Most events per second to send; 0 for no limit. */
  rate: number;
  url: string;
  token: string;
  seed: number;
  batch: number;
};

export const SIMULATE_USAGE = `Usage: npm run simulate -- [options]

Builds a synthetic fleet and sends it to the ingestion API: users, device snapshots, then events.
The users go into the demo groups (Sales, Engineering, Finance, Support, Executives), which must
exist; their demo settings decide which devices get rich push, sync-time notifications or none.

  --users <n>    directory users to generate (default 1000)
  --days <n>     days of notification events, ending now (default 7)
  --rate <n>     most events per second to send, 0 for no limit (default 200)
  --url <url>    console base URL (default http://localhost:3000)
  --token <t>    ingest token (default: the INGEST_TOKEN environment variable)
  --seed <n>     seed: the same seed gives the same fleet and event ids (default 1)
  --batch <n>    events per request, 1 to ${MAX_EVENTS_PER_BATCH} (default 500)
  --help         show this help`;

export class UsageError extends Error {}

/** Returns null when help was asked for. */
export function parseSimulateArgs(argv: string[], env: { INGEST_TOKEN?: string }): SimulateOptions | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        users: { type: "string", default: "1000" },
        days: { type: "string", default: "7" },
        rate: { type: "string", default: "200" },
        url: { type: "string", default: "http://localhost:3000" },
        token: { type: "string" },
        seed: { type: "string", default: "1" },
        batch: { type: "string", default: "500" },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return null;

  const token = values.token ?? env.INGEST_TOKEN;
  if (!token) throw new UsageError("No ingest token: pass --token or set INGEST_TOKEN");
  return {
    users: integer("--users", values.users, 1, 10_000_000),
    days: number("--days", values.days, 1 / 24, 366),
    rate: number("--rate", values.rate, 0, 1_000_000),
    url: baseUrl(values.url),
    token,
    seed: integer("--seed", values.seed, 0, 2 ** 32 - 1),
    batch: integer("--batch", values.batch, 1, MAX_EVENTS_PER_BATCH),
  };
}

function number(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be a number from ${formatBound(min)} to ${formatBound(max)}, got "${text}"`);
  }
  return value;
}

function integer(flag: string, text: string, min: number, max: number): number {
  const value = number(flag, text, min, max);
  if (!Number.isInteger(value)) throw new UsageError(`${flag} must be a whole number, got "${text}"`);
  return value;
}

function formatBound(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

function baseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--url must be an http(s) URL, got "${text}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`--url must be an http(s) URL, got "${text}"`);
  return url.toString().replace(/\/+$/, "");
}
