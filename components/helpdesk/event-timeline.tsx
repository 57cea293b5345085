"use client";

import { useEffect, useRef, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import { Panel } from "@/components/ui/panel";
import type { LockScreenPreview } from "@/lib/domain/diagnosis";
import { viewerTimeZone } from "@/lib/format/time";
import type { DeviceView, EventView } from "@/lib/helpdesk/views";
import { EventGroupRow } from "./event-group-row";
import { EventRow } from "./event-row";
import { formatDateTime } from "./format";
import { groupTimelineRows } from "./group-timeline-rows";
import { TimelineFilters } from "./timeline-filters";
import { useExpandedGroups } from "./use-expanded-groups";
import { usePrintLastDay } from "./use-print-last-day";
import { useTimelineUrlState } from "./timeline-url-state";
import { useScrollAnchor } from "./use-scroll-anchor";
import { useUserEvents } from "./use-user-events";
import { Skeleton } from "@/components/ui/skeleton";

/** Loads the next page when this much of the list is left below the viewport. */
const PREFETCH_MARGIN = "400px";

/** The user's notifications, newest first: filters, infinite scroll, and new events arriving live. */
export function EventTimeline({
  userId,
  devices,
  lockScreen,
}: {
  userId: string;
  devices: readonly DeviceView[];
  /** The group's lock-screen policy, for what the locked screen showed of a mail. */
  lockScreen: LockScreenPreview | null;
}) {
  const { filters, setFilters, openedEventId, setOpenedEventId } = useTimelineUrlState();
  const listRef = useRef<HTMLOListElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);
  const { timeline, events, liveUpdatedAt, liveError } = useUserEvents(userId, filters);
  useScrollAnchor(listRef);
  usePrintLastDay(listRef);
  // Runs of identical notifications are one row each, across every loaded page.
  const rows = groupTimelineRows(events, viewerTimeZone());
  const groups = useExpandedGroups(rows, openedEventId);
  const openedLoaded = openedEventId !== null && events.some((event) => event.id === openedEventId);
  useScrollToOpened(listRef, openedLoaded ? openedEventId : null);

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = timeline;
  useEffect(() => {
    const sentinel = sentinelRef.current;
    if (!sentinel || !hasNextPage) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
      },
      { rootMargin: PREFETCH_MARGIN },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const deviceOf = (id: string) => devices.find((device) => device.id === id);
  const deviceNameOf = (id: string) => deviceOf(id)?.model ?? id;
  const filtered = filters.outcome !== "" || filters.cause !== "";
  const eventRow = (event: EventView) => (
    <EventRow
      key={event.id}
      event={event}
      deviceName={deviceNameOf(event.deviceId)}
      context={{ device: deviceOf(event.deviceId), lockScreen }}
      expanded={event.id === openedEventId}
      onToggle={() => setOpenedEventId(event.id === openedEventId ? null : event.id)}
    />
  );

  return (
    <Panel
      id="timeline"
      title="Timeline"
      description="Every notification, newest first; identical ones in a row are one row (×N) that opens into each. Open one to see its path step by step, or for one after sync, why there is none."
      actions={
        <span className="flex items-center gap-2 text-xs text-slate-600 print:hidden dark:text-slate-400" aria-live="off">
          <span aria-hidden className={liveError ? "h-2 w-2 rounded-full bg-red-500" : "h-2 w-2 animate-pulse rounded-full bg-emerald-500"} />
          {liveError ? "Live updates paused" : `Live · checked ${formatDateTime(new Date(liveUpdatedAt).toISOString())}`}
        </span>
      }
    >
      <div data-print="hide">
        <TimelineFilters value={filters} onChange={setFilters} />
      </div>
      <div className="mt-4">
        {timeline.isPending ? <Skeleton label="notifications" lines={6} /> : null}
        {timeline.isError ? <ErrorNote error={timeline.error} title="Could not load the timeline" /> : null}
        {timeline.isSuccess && events.length === 0 ? (
          <EmptyState title={filtered ? "No notifications match these filters" : "No notifications reported yet"}>
            New ones appear here as soon as the device reports them.
          </EmptyState>
        ) : null}
        <ol ref={listRef} aria-label="Notifications, newest first" className="border-t border-slate-200 dark:border-slate-800">
          {rows.map((row) =>
            row.kind === "event" ? (
              eventRow(row.event)
            ) : (
              <EventGroupRow
                key={row.key}
                rowKey={row.key}
                events={row.events}
                deviceName={deviceNameOf(row.events[0]!.deviceId)}
                expanded={groups.isExpanded(row)}
                onToggle={() => groups.toggle(row)}
              >
                {row.events.map(eventRow)}
              </EventGroupRow>
            ),
          )}
        </ol>
        {openedEventId && !openedLoaded && timeline.isSuccess ? (
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400" data-testid="opened-event-not-shown">
            {hasNextPage
              ? "The linked notification is older than those shown: scroll down to load older notifications."
              : "The linked notification is not in this timeline with these filters."}
          </p>
        ) : null}
        <div ref={sentinelRef} />
        {hasNextPage ? (
          <Button variant="secondary" className="mt-3 print:hidden" onClick={() => fetchNextPage()} disabled={isFetchingNextPage}>
            {isFetchingNextPage ? "Loading…" : "Load older notifications"}
          </Button>
        ) : null}
      </div>
    </Panel>
  );
}

/**
 * Brings the opened notification into view once per id: after a pasted link or Back opened it,
 * or when a later page loads it. "nearest" leaves a row that is already visible where it is, so a
 * click on a row does not move the page.
 */
function useScrollToOpened(listRef: RefObject<HTMLOListElement | null>, loadedId: string | null) {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!loadedId) {
      shown.current = null;
      return;
    }
    if (shown.current === loadedId) return;
    shown.current = loadedId;
    listRef.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(loadedId)}"]`)?.scrollIntoView({ block: "nearest" });
  }, [listRef, loadedId]);
}
