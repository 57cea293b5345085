import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A real HTTP server on 127.0.0.1 for the sender's tests: records every request and answers like
 * the ingestion API unless the test's `respond` answers first.
 */

export type RecordedRequest = { method: string; path: string; authorization?: string; body: unknown };
export type FakeResponse = { status: number; headers?: Record<string, string>; body?: unknown; delayMs?: number };

export type FakeIngestServer = {
  url: string;
  requests: RecordedRequest[];
  /** Requests being handled right now, and the most seen at once. */
  inFlight: { now: number; max: number };
  close(): Promise<void>;
};

export async function startFakeIngestServer(
  respond: (request: RecordedRequest) => FakeResponse | undefined = () => undefined,
): Promise<FakeIngestServer> {
  const requests: RecordedRequest[] = [];
  const inFlight = { now: 0, max: 0 };
  const server = createServer(async (incoming, outgoing) => {
    inFlight.max = Math.max(inFlight.max, ++inFlight.now);
    const request: RecordedRequest = {
      method: incoming.method ?? "",
      path: incoming.url ?? "",
      authorization: incoming.headers.authorization,
      body: await readBody(incoming),
    };
    requests.push(request);
    const answer = respond(request) ?? defaultAnswer(request);
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    inFlight.now -= 1;
    const payload = answer.body === undefined ? "" : JSON.stringify(answer.body);
    outgoing.writeHead(answer.status, { ...(payload ? { "content-type": "application/json" } : {}), ...answer.headers });
    outgoing.end(payload);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    inFlight,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The client keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

function defaultAnswer({ method, path, body }: RecordedRequest): FakeResponse {
  if (method === "POST" && path === "/api/v1/ingest/users") {
    const created = (body as { users: unknown[] }).users.length;
    return { status: 200, body: { upserted: created, created, updated: 0, unchanged: 0, groupChanges: 0, rejected: [] } };
  }
  if (method === "POST" && path === "/api/v1/ingest/devices") {
    return { status: 200, body: { created: (body as { devices: unknown[] }).devices.length, updated: 0, stale: 0, rejected: [] } };
  }
  if (method === "POST" && path === "/api/v1/ingest/events") {
    return { status: 200, body: { accepted: (body as { events: unknown[] }).events.length, duplicates: 0, rejected: [] } };
  }
  return { status: 404, body: { error: { code: "not_found", message: "No such route" } } };
}

async function readBody(incoming: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : undefined;
}
