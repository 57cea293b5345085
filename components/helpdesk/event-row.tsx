"use client";

import type { LockScreenPreview } from "@/lib/domain/diagnosis";
import { INBOX_ACTIVITY_LABELS } from "@/lib/domain/outcomes";
import type { DeviceView, EventView } from "@/lib/helpdesk/views";
import { badgeModeOf, badgeText } from "./badge-meaning";
import { formatDateTime } from "./format";
import { OutcomeBadge } from "./outcome-badge";
import { RichPathDetails } from "./rich-path-details";
import { SyncEventDetails, syncDelayText } from "./sync-event-details";

/** What a row needs from the user's overview: the devices with their verdicts, and the group's lock-screen policy. */
export type EventRowContext = { device: DeviceView | undefined; lockScreen: LockScreenPreview | null };

/** The row's one-line summary: the fallback text, or for a sync how late it was shown. */
function SummaryText({ event }: { event: EventView }) {
  if (event.message) return <q className="min-w-0 flex-1 truncate text-slate-700 italic dark:text-slate-300">{event.message}</q>;
  if (event.outcome === "sync") return <span className="min-w-0 flex-1 truncate text-slate-700 dark:text-slate-300">{syncDelayText(event.delayMs)}</span>;
  return null;
}

/** The summary line after the time and device: what the device showed, for what activity, why. Shared with grouped rows. */
export function EventSummaryFields({ event }: { event: EventView }) {
  return (
    <>
      <OutcomeBadge outcome={event.outcome} />
      {/* New mail is the common case; only the meeting activities earn a place on the summary line. */}
      {event.activity && event.activity !== "new_mail" ? <span className="text-xs text-slate-600 dark:text-slate-400">{INBOX_ACTIVITY_LABELS[event.activity]}</span> : null}
      {event.cause ? <code className="text-xs">{event.cause}</code> : null}
      <SummaryText event={event} />
    </>
  );
}

/** An opened row: the path (or why there is none), then what was reported about the mail and the badge. */
export function EventDetails({ event, context }: { event: EventView; context: EventRowContext }) {
  return (
    <div className="space-y-3">
      {event.outcome === "sync" ? (
        <SyncEventDetails event={event} device={context.device} lockScreen={context.lockScreen} />
      ) : (
        <RichPathDetails event={event} lockScreen={context.lockScreen} />
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {event.activity ? `${INBOX_ACTIVITY_LABELS[event.activity]} · ` : ""}
        {event.badgeCount !== null ? <span data-testid="event-badge">{badgeText(event.badgeCount, badgeModeOf(event.outcome))} · </span> : null}
        Received {formatDateTime(event.receivedAt)} · id <code>{event.id}</code>
      </p>
    </div>
  );
}

/**
 * One notification: when, on which device, what the user saw; expands into its path (or, after
 * sync, its explanation). Whether it is open is the timeline's to say (it keeps it in the URL).
 */
export function EventRow({
  event,
  deviceName,
  context,
  expanded,
  onToggle,
}: {
  event: EventView;
  deviceName: string;
  context: EventRowContext;
  expanded: boolean;
  onToggle: () => void;
}) {
  const detailsId = `event-${event.id}-path`;

  return (
    <li data-row-id={event.id} data-testid="timeline-event" data-outcome={event.outcome} className="border-b border-slate-200 dark:border-slate-800">
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={detailsId}
        onClick={onToggle}
        className="flex w-full flex-wrap items-center gap-x-3 gap-y-1 px-2 py-2 text-left text-sm hover:bg-slate-50 dark:hover:bg-slate-800/50"
      >
        <span aria-hidden className="w-3 text-slate-400">{expanded ? "▾" : "▸"}</span>
        <time dateTime={event.occurredAt} className="w-44 whitespace-nowrap tabular-nums">{formatDateTime(event.occurredAt)}</time>
        <span className="w-32 truncate text-slate-600 dark:text-slate-400">{deviceName}</span>
        <EventSummaryFields event={event} />
      </button>
      <div id={detailsId} hidden={!expanded} className="px-9 pb-4">
        <EventDetails event={event} context={context} />
      </div>
    </li>
  );
}
