"use client";

import { parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { CAUSE_CODES, OUTCOMES } from "@/lib/domain/outcomes";
import { withOutcome } from "./timeline-filters";
import type { EventFilters } from "./use-user-events";

const timelineParams = {
  outcome: parseAsStringLiteral(OUTCOMES),
  cause: parseAsStringLiteral(CAUSE_CODES),
  event: parseAsString,
};

/**
 * The timeline's filters and its opened notification, kept in the URL (?outcome=&cause=&event=):
 * a link pasted into a ticket opens the same view, and Back and Forward step through what was
 * shown. Pushed, not replaced, since each is one deliberate choice. Shallow (the nuqs default):
 * the server page does not re-render, and the timeline's queries simply follow the new filters.
 */
export function useTimelineUrlState() {
  const [params, setParams] = useQueryStates(timelineParams, { history: "push" });
  // A hand-edited link may pair an outcome with a cause of another outcome: the outcome wins.
  const filters = withOutcome({ outcome: "", cause: params.cause ?? "" }, params.outcome ?? "");
  return {
    filters,
    openedEventId: params.event,
    // Another filter closes the opened notification: it may no longer be in the list.
    setFilters: (next: EventFilters) => void setParams({ outcome: next.outcome || null, cause: next.cause || null, event: null }),
    setOpenedEventId: (id: string | null) => void setParams({ event: id }),
  };
}
