import { apiErrorSchema } from "@/lib/telemetry/responses";
import { systemClock, type Clock } from "./pacer";

/**
 * JSON requests to the ingestion API with the bearer token, retrying what is worth retrying:
 * 429 after Retry-After, 5xx and network errors with exponential backoff. Anything else fails
 * with a message that says what to fix.
 */

export class IngestError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "IngestError";
  }
}

export type RetryPolicy = {
  /** Retries after a 5xx or a network error, before giving up. */
  attempts: number;
  /** First backoff; doubles on each retry. */
  backoffMs: number;
  /** How many 429s in a row one request may wait out. */
  rateLimitWaits: number;
  /** Retry-After when the server sends none. */
  defaultRetryAfterSeconds: number;
  timeoutMs: number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  backoffMs: 500,
  rateLimitWaits: 30,
  defaultRetryAfterSeconds: 1,
  timeoutMs: 30_000,
};

export type IngestClientOptions = {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  clock?: Clock;
};

export type IngestClient = {
  /** Resolves with the parsed JSON body (null when empty) of a 2xx response. */
  request(method: "POST" | "PUT", path: string, body: unknown): Promise<unknown>;
};

export function createIngestClient({ baseUrl, token, fetch: fetchImpl = fetch, retry, clock = systemClock }: IngestClientOptions): IngestClient {
  const policy = { ...DEFAULT_RETRY_POLICY, ...retry };
  const origin = baseUrl.replace(/\/+$/, "");

  async function request(method: "POST" | "PUT", path: string, body: unknown): Promise<unknown> {
    const label = `${method} ${path}`;
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      let response: Response;
      try {
        response = await fetchImpl(`${origin}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(policy.timeoutMs),
        });
      } catch (error) {
        if (failures >= policy.attempts) throw new IngestError(`Server not reachable at ${origin} (${describeNetworkError(error)})`);
        await clock.sleep(policy.backoffMs * 2 ** failures++);
        continue;
      }

      if (response.ok) return readJson(response, label);
      if (response.status === 429 && rateLimited < policy.rateLimitWaits) {
        rateLimited += 1;
        await response.body?.cancel();
        await clock.sleep(retryAfterMs(response.headers.get("retry-after"), policy.defaultRetryAfterSeconds));
        continue;
      }
      if (response.status >= 500 && failures < policy.attempts) {
        await response.body?.cancel();
        await clock.sleep(policy.backoffMs * 2 ** failures++);
        continue;
      }
      throw await failureFor(response, label, origin);
    }
  }
  return { request };
}

async function readJson(response: Response, label: string): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new IngestError(`${label} answered HTTP ${response.status} with a body that is not JSON`, response.status);
  }
}

async function failureFor(response: Response, label: string, origin: string): Promise<IngestError> {
  const detail = await errorDetail(response);
  const suffix = detail ? `: ${detail}` : "";
  switch (response.status) {
    case 401:
      return new IngestError(`401 Unauthorized from ${origin}: the ingest token was rejected (check --token or INGEST_TOKEN)${suffix}`, 401);
    case 403:
      return new IngestError(`403 Forbidden from ${origin}: the token may not ingest telemetry${suffix}`, 403);
    case 404:
      return new IngestError(`${label} not found at ${origin} (404): is this the Rich Push Console?${suffix}`, 404);
    case 429:
      return new IngestError(`${label} is still rate limited (429) after waiting repeatedly${suffix}`, 429);
    default:
      return new IngestError(`${label} failed with HTTP ${response.status}${suffix}`, response.status);
  }
}

/** The API's ErrorBody `{ error: { message, fields } }`, or the start of whatever else it sent. */
async function errorDetail(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  try {
    const parsed = apiErrorSchema.safeParse(JSON.parse(text));
    if (parsed.success) {
      const { message, fields } = parsed.data.error;
      return fields?.length ? `${message} (${fields.map((f) => f.field).join(", ")})` : message;
    }
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return text.trim().slice(0, 200);
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function retryAfterMs(header: string | null, fallbackSeconds: number): number {
  if (header === null || header.trim() === "") return fallbackSeconds * 1000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? fallbackSeconds * 1000 : Math.max(0, date - Date.now());
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") return "request timed out";
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
