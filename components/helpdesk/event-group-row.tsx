"use client";

import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatTimeOfDay } from "@/lib/format/time";
import type { EventView } from "@/lib/helpdesk/views";
import { EventSummaryFields } from "./event-row";
import { formatDateTime, plural } from "./format";

/**
 * A run of identical notifications (see group-timeline-rows.ts) as one row: the newest one's
 * summary, "×N" and the span from the oldest to the newest (one day, so times of day). It expands
 * into the individual notifications, each openable on its own; they are rendered only while the
 * group is open, so a long run costs one row.
 */
export function EventGroupRow({
  rowKey,
  events,
  deviceName,
  expanded,
  onToggle,
  children,
}: {
  rowKey: string;
  /** Newest first, at least two. */
  events: readonly EventView[];
  deviceName: string;
  expanded: boolean;
  onToggle: () => void;
  /** The individual rows, shown while expanded. */
  children: ReactNode;
}) {
  const newest = events[0]!;
  const oldest = events.at(-1)!;
  const listId = `${rowKey}-events`;
  const count = events.length;

  return (
    <li data-row-id={rowKey} data-testid="timeline-group" data-outcome={newest.outcome} data-count={count} className="border-b border-slate-200 dark:border-slate-800">
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={onToggle}
        className="flex w-full flex-wrap items-center gap-x-3 gap-y-1 px-2 py-2 text-left text-sm hover:bg-slate-50 dark:hover:bg-slate-800/50"
      >
        <span aria-hidden className="w-3 text-slate-400">{expanded ? "▾" : "▸"}</span>
        <time dateTime={newest.occurredAt} className="w-44 whitespace-nowrap tabular-nums">{formatDateTime(newest.occurredAt)}</time>
        <span className="w-32 truncate text-slate-600 dark:text-slate-400">{deviceName}</span>
        <EventSummaryFields event={newest} />
        <Badge tone="slate" className="tabular-nums">
          <span aria-hidden>×{count}</span>
          <span className="sr-only">{plural(count, "identical notification")}</span>
        </Badge>
        <span className="text-xs whitespace-nowrap text-slate-600 tabular-nums dark:text-slate-400" data-testid="group-span">
          <time dateTime={oldest.occurredAt}>{formatTimeOfDay(oldest.occurredAt)}</time> – <time dateTime={newest.occurredAt}>{formatTimeOfDay(newest.occurredAt)}</time>
        </span>
      </button>
      {expanded ? (
        <ol id={listId} aria-label={`${plural(count, "identical notification")}, newest first`} className="ml-6 border-t border-l border-slate-200 dark:border-slate-800">
          {children}
        </ol>
      ) : null}
    </li>
  );
}
