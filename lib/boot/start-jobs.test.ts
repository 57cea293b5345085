import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { scheduleJob, type JobSchedule } from "./start-jobs";

const MINUTE = 60_000;
const schedule: JobSchedule = { intervalMs: 60 * MINUTE, jitterMs: 5 * MINUTE, firstDelayMs: 2 * MINUTE, random: () => 0.5 };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("scheduleJob", () => {
  it("runs first after the start delay plus jitter, then once per interval", async () => {
    const job = vi.fn(async () => {});
    const stop = scheduleJob("test", job, schedule);

    await vi.advanceTimersByTimeAsync(2 * MINUTE + 2.5 * MINUTE - 1);
    expect(job).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(job).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60 * MINUTE); // random 0.5 → no jitter on repeats
    expect(job).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(5 * 60 * MINUTE);
    expect(job).toHaveBeenCalledTimes(2);
  });

  it("spreads repeats by up to ± the jitter", async () => {
    const draws = [0, 0, 1];
    const job = vi.fn(async () => {});
    const stop = scheduleJob("test", job, { ...schedule, random: () => draws.shift() ?? 0.5 });
    await vi.advanceTimersByTimeAsync(2 * MINUTE); // first: delay + 0 × jitter
    expect(job).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(55 * MINUTE); // interval − jitter
    expect(job).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(65 * MINUTE - 1); // interval + jitter
    expect(job).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(job).toHaveBeenCalledTimes(3);
    stop();
  });

  it("keeps its schedule after a failed run, and never overlaps a slow one", async () => {
    let running = 0;
    let maxRunning = 0;
    const job = vi.fn(async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((resolve) => setTimeout(resolve, 90 * MINUTE)); // slower than the interval
      running -= 1;
      if (job.mock.calls.length === 1) throw new Error("database down");
    });
    const log = { warn: vi.fn() };
    const stop = scheduleJob("test", job, { ...schedule, firstDelayMs: 0, jitterMs: 0 }, log);
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(90 * MINUTE + 60 * MINUTE);
    expect(job).toHaveBeenCalledTimes(2);
    expect(maxRunning).toBe(1);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn.mock.calls[0]![0]).toMatchObject({ job: "test", err: "database down" });
    stop();
  });
});
