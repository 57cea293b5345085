import type { IngestEvent } from "@/lib/telemetry/schemas";

/** What the rich and the sync streams of one device share. */

export type TimedEvent = { atMs: number; event: IngestEvent };

/** One device's events in time order; a hand-written iterator, which merges faster than generators. */
export type EventStream = { next(): TimedEvent | undefined };

export type StreamPeriod = {
  seed: number;
  startMs: number;
  /** Exclusive. */
  endMs: number;
  volumeScale: number;
};

/** "20250305": the UTC date of the day a mail arrived, part of its events' ids. */
export function dateKeyOf(dayStart: number): string {
  return new Date(dayStart).toISOString().slice(0, 10).replaceAll("-", "");
}

/** An event's id: the device, the mail's arrival day and its number that day, so a re-run repeats it. */
export function eventIdOf(deviceId: string, dateKey: string, arrivalNumber: number): string {
  return `${deviceId}:${dateKey}:${arrivalNumber}`;
}
