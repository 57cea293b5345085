import { randomUUID } from "node:crypto";
import pg from "pg";
import { generateEvents } from "@/lib/simulator/events";
import { deviceSnapshot, generateFleet, type Fleet } from "@/lib/simulator/fleet";
import type { IngestEvent } from "@/lib/telemetry/schemas";
import { generateTokenSecret } from "@/lib/tokens/token-secret";

/** The bench's data: a simulated fleet, its events, and the token and group they need. */

const SEED = 42;

export function benchFleet(users: number, group: string): Fleet {
  return generateFleet({ users, seed: SEED, groups: [group] });
}

/** `count` realistic events of the fleet (the simulator's mix of outcomes and step timings) from the last day. */
export function benchEvents(fleet: Fleet, count: number): IngestEvent[] {
  const events: IngestEvent[] = [];
  // Ask for a little more than needed: devices with notifications off report nothing.
  const stream = generateEvents({ fleet, days: 1, seed: SEED, now: new Date(), ratePerMinute: (count * 1.3) / 1440, bursts: [] });
  for (const event of stream) {
    events.push(event);
    if (events.length === count) return events;
  }
  throw new Error(`the simulator produced only ${events.length} of ${count} events`);
}

/** An ingestion token and a delivery group, written straight to the database as an admin would create them. */
export async function provision(databaseUrl: string, groupName: string): Promise<{ secret: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { secret, hash, prefix } = generateTokenSecret();
    await client.query(`INSERT INTO ingest_token (id, name, "tokenHash", prefix) VALUES ($1, 'bench', $2, $3)`, [randomUUID(), hash, prefix]);
    await client.query(`INSERT INTO delivery_group (id, name) VALUES ($1, $2)`, [randomUUID(), groupName]);
    return { secret };
  } finally {
    await client.end();
  }
}

/** Directory users and device snapshots through the API, as a connector would send them first. */
export async function registerFleet(baseUrl: string, secret: string, fleet: Fleet, concurrency: number): Promise<void> {
  const send = async (method: "POST" | "PUT", path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  for (let start = 0; start < fleet.users.length; start += 1000) {
    await send("POST", "/api/v1/ingest/users", { users: fleet.users.slice(start, start + 1000) });
  }
  const observedAt = new Date(Date.now() - 60_000);
  let next = 0;
  const worker = async () => {
    while (next < fleet.devices.length) {
      const device = fleet.devices[next++]!;
      await send("PUT", `/api/v1/ingest/devices/${encodeURIComponent(device.id)}`, deviceSnapshot(device, observedAt));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Each device's user and group, as the API resolves them, for the plain INSERT baseline. */
export async function deviceOwners(databaseUrl: string): Promise<Map<string, { userId: string; groupId: string | null }>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; userId: string; groupId: string | null }>(
      `SELECT d.id, d."userId", u."groupId" FROM device d JOIN directory_user u ON u.id = d."userId"`,
    );
    return new Map(rows.map((row) => [row.id, { userId: row.userId, groupId: row.groupId }]));
  } finally {
    await client.end();
  }
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
