import type { InfiniteData } from "@tanstack/react-query";
import type { EventsPage, EventView } from "@/lib/helpdesk/views";

export type TimelineData = InfiniteData<EventsPage, string | null>;

/**
 * The timeline with `newer` (newest first) put on top of its first page. Events already shown are
 * skipped, so a poll that overlaps the last one changes nothing; the other pages stay as they are,
 * so rows already rendered keep their identity and do not flicker.
 */
export function mergeNewerEvents(current: TimelineData | undefined, newer: readonly EventView[]): TimelineData | undefined {
  const first = current?.pages[0];
  if (!current || !first) return current;
  const shown = new Set(current.pages.flatMap((page) => page.events.map((event) => event.id)));
  const fresh = newer.filter((event) => !shown.has(event.id));
  if (fresh.length === 0) return current;
  return { ...current, pages: [{ ...first, events: [...fresh, ...first.events] }, ...current.pages.slice(1)] };
}
