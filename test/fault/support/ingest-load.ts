/**
 * Ingestion load for the fault test: a few workers send batches of new events back to back;
 * a batch that is not acknowledged (anything but 200) is sent again, same ids, after a short
 * pause, as a device would. Every attempt is recorded: when it started and ended, its status,
 * Retry-After and counts. The pause is shorter than Retry-After on purpose: the test measures
 * how soon the app serves again.
 */

export type Attempt = {
  worker: number;
  /** performance.now() at the start and end of the request. */
  startedAt: number;
  endedAt: number;
  /** The HTTP status, or "hung" when no answer came within the bound. */
  status: number | "hung";
  retryAfter: string | null;
  accepted: number;
  duplicates: number;
  rejected: number;
};

export type Batch = { ids: string[]; attempts: Attempt[]; acknowledged: boolean };

export type LoadOptions = {
  workers: number;
  batchSize: number;
  /** New events with unique ids. */
  makeEvents(count: number): { id: string }[];
  send(events: { id: string }[]): Promise<Response>;
  /** A request taking longer counts as hung. */
  requestBoundMs: number;
  retryPauseMs: number;
  /** No attempt starts after this (performance.now()), so the load always ends. */
  deadline: number;
};

export type Load = {
  batches: Batch[];
  attempts: Attempt[];
  acknowledgedBatches(): number;
  /** Stops starting new batches; each worker still sees its current batch acknowledged (or the deadline pass). */
  stop(): Promise<void>;
};

type Body = { accepted?: number; duplicates?: number; rejected?: unknown[] };

async function attemptOnce(worker: number, events: { id: string }[], options: LoadOptions): Promise<Attempt> {
  const startedAt = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<"hung">((resolve) => (timer = setTimeout(() => resolve("hung"), options.requestBoundMs)));
  try {
    const answer = await Promise.race([options.send(events), hung]);
    if (answer === "hung") return { worker, startedAt, endedAt: performance.now(), status: "hung", retryAfter: null, accepted: 0, duplicates: 0, rejected: 0 };
    const body = (await answer.json().catch(() => ({}))) as Body;
    return {
      worker,
      startedAt,
      endedAt: performance.now(),
      status: answer.status,
      retryAfter: answer.headers.get("retry-after"),
      accepted: answer.status === 200 ? (body.accepted ?? 0) : 0,
      duplicates: answer.status === 200 ? (body.duplicates ?? 0) : 0,
      rejected: answer.status === 200 ? (body.rejected?.length ?? 0) : 0,
    };
  } finally {
    clearTimeout(timer);
  }
}

export function startIngestLoad(options: LoadOptions): Load {
  const batches: Batch[] = [];
  const attempts: Attempt[] = [];
  let stopping = false;

  async function worker(index: number): Promise<void> {
    while (!stopping && performance.now() < options.deadline) {
      const events = options.makeEvents(options.batchSize);
      const batch: Batch = { ids: events.map((event) => event.id), attempts: [], acknowledged: false };
      batches.push(batch);
      while (performance.now() < options.deadline) {
        const attempt = await attemptOnce(index, events, options);
        batch.attempts.push(attempt);
        attempts.push(attempt);
        if (attempt.status === 200) {
          batch.acknowledged = true;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, options.retryPauseMs));
      }
    }
  }

  const running = Promise.all(Array.from({ length: options.workers }, (_, index) => worker(index)));
  return {
    batches,
    attempts,
    acknowledgedBatches: () => batches.filter((batch) => batch.acknowledged).length,
    async stop() {
      stopping = true;
      await running;
    },
  };
}
