"use client";

import { useState } from "react";
import { CAUSES } from "@/lib/domain/outcomes";
import type { EventView } from "@/lib/helpdesk/views";
import { EventPathSteps } from "./event-path-steps";
import { formatDateTime } from "./format";
import { OutcomeBadge } from "./outcome-badge";

/** One notification: when, on which device, what the user saw; expands into its path and the cause's remedy. */
export function EventRow({ event, deviceName }: { event: EventView; deviceName: string }) {
  const [expanded, setExpanded] = useState(false);
  const detailsId = `event-${event.id}-path`;
  const cause = event.cause ? CAUSES[event.cause] : null;

  return (
    <li data-row-id={event.id} data-testid="timeline-event" className="border-b border-slate-200 dark:border-slate-800">
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={detailsId}
        onClick={() => setExpanded(!expanded)}
        className="flex w-full flex-wrap items-center gap-x-3 gap-y-1 px-2 py-2 text-left text-sm hover:bg-slate-50 dark:hover:bg-slate-800/50"
      >
        <span aria-hidden className="w-3 text-slate-400">{expanded ? "▾" : "▸"}</span>
        <time dateTime={event.occurredAt} className="w-44 whitespace-nowrap tabular-nums">{formatDateTime(event.occurredAt)}</time>
        <span className="w-32 truncate text-slate-600 dark:text-slate-400">{deviceName}</span>
        <OutcomeBadge outcome={event.outcome} />
        {event.cause ? <code className="text-xs">{event.cause}</code> : null}
        {event.message ? <q className="min-w-0 flex-1 truncate text-slate-700 italic dark:text-slate-300">{event.message}</q> : null}
      </button>
      <div id={detailsId} hidden={!expanded} className="space-y-3 px-9 pb-4">
        <EventPathSteps path={event.path} />
        {event.message ? (
          <p className="text-sm">
            The user saw: <q className="font-medium">{event.message}</q>
          </p>
        ) : (
          <p className="text-sm">The user saw the mail itself (sender and subject, as the lock-screen policy allows).</p>
        )}
        {cause ? (
          <p className="text-sm">
            {cause.cause} <span className="text-slate-600 dark:text-slate-400">To fix: {cause.remedy}</span>
          </p>
        ) : null}
        <p className="text-xs text-slate-500">
          Received {formatDateTime(event.receivedAt)}
          {event.badgeCount !== null ? ` · badge ${event.badgeCount}` : ""} · id <code>{event.id}</code>
        </p>
      </div>
    </li>
  );
}
