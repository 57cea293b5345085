import type { EventView } from "@/lib/helpdesk/views";

/** One row of the timeline: a notification on its own, or a run of identical ones shown as "×N". */
export type TimelineRow =
  | { kind: "event"; key: string; event: EventView }
  /** `events` newest first, at least two. */
  | { kind: "group"; key: string; events: readonly EventView[] };

/**
 * Which notifications may be folded together. Decision: only `generic` and `failure`, the outcomes
 * whose text on the device is fixed by the cause ("You have new mail" or one of the failure
 * messages), so twelve of them in a row are the very same words twelve times. A `rich` or `sync`
 * notification showed a mail of its own (its sender and subject, or the mail after a sync, late by
 * its own delay): each stays one row, even when the console's summary line looks the same.
 */
export function isGroupable(event: EventView): boolean {
  return event.outcome === "generic" || event.outcome === "failure";
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of a time in a zone, "2026-12-01". */
export function dayOf(iso: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format.format(Date.parse(iso));
}

/**
 * Two notifications are identical rows when everything the summary line shows but the time is the
 * same (device, outcome, Inbox activity, cause, the text the user saw) and so is the step that
 * failed (channel_failed at the gateway and at EWS are two different problems), on the same day in
 * the viewer's zone: a run is not carried over midnight, so each day's rows stay readable apart.
 */
export function isSameRow(a: EventView, b: EventView, timeZone: string): boolean {
  return (
    isGroupable(a) &&
    isGroupable(b) &&
    a.deviceId === b.deviceId &&
    a.outcome === b.outcome &&
    a.activity === b.activity &&
    a.cause === b.cause &&
    a.message === b.message &&
    a.failedStep === b.failedStep &&
    dayOf(a.occurredAt, timeZone) === dayOf(b.occurredAt, timeZone)
  );
}

/**
 * The timeline's rows: runs of consecutive identical notifications (as listed, newest first, so
 * across every loaded page, and within the filters the reader chose) become one group. A group's
 * key is its oldest loaded member: new events arriving on top, which join the newest group, leave
 * it the same row; only an older page continuing the last group changes that group's key.
 */
export function groupTimelineRows(events: readonly EventView[], timeZone: string): TimelineRow[] {
  const runs: EventView[][] = [];
  for (const event of events) {
    const run = runs.at(-1);
    if (run && isSameRow(run.at(-1)!, event, timeZone)) run.push(event);
    else runs.push([event]);
  }
  return runs.map((run) =>
    run.length === 1 ? { kind: "event", key: run[0]!.id, event: run[0]! } : { kind: "group", key: `group-${run.at(-1)!.id}`, events: run },
  );
}
