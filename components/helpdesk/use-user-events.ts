"use client";

import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import type { CauseCode, Outcome } from "@/lib/domain/outcomes";
import { helpdeskContract } from "@/lib/helpdesk/contract";
import { mergeNewerEvents, type TimelineData } from "./merge-newer-events";

/** How often the timeline asks for events newer than its newest. */
export const LIVE_INTERVAL_MS = 5_000;
/** When a poll could not return every new event, the rest is fetched this soon. */
const CATCH_UP_MS = 1_000;

/** "" means any. */
export type EventFilters = { outcome: Outcome | ""; cause: CauseCode | "" };
export const NO_FILTERS: EventFilters = { outcome: "", cause: "" };

type Page = { cursor?: string; after?: string; limit?: string };

/** One page of the timeline; empty filters mean any. */
function fetchEvents(userId: string, filters: EventFilters, page: Page, signal: AbortSignal) {
  const query = { ...page, outcome: filters.outcome || undefined, cause: filters.cause || undefined };
  return callApi(helpdeskContract.listEvents, { params: { id: userId }, query, signal });
}

type LiveStatus = { received: number; moreNewer: boolean };

/**
 * The user's timeline, newest first: pages of older events on demand (infinite scroll), and new
 * events merged on top every few seconds without refetching what is shown (the timeline keeps
 * the reader's rows in place, see use-scroll-anchor.ts).
 */
export function useUserEvents(userId: string, filters: EventFilters) {
  const client = useQueryClient();
  const key = queryKeys.users.events(userId, filters);

  const timeline = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => fetchEvents(userId, filters, pageParam ? { cursor: pageParam } : {}, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Kept fresh by the live query below, never by refetching every loaded page.
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

  const live = useQuery({
    queryKey: [...key, "live"],
    queryFn: async ({ signal }): Promise<LiveStatus> => {
      const newest = client.getQueryData<TimelineData>(key)?.pages[0]?.events[0];
      const page = await fetchEvents(userId, filters, newest ? { after: newest.cursor } : { limit: "1" }, signal);
      if (page.events.length === 0) return { received: 0, moreNewer: false };
      if (!newest) {
        // The first event of an empty timeline: load the timeline properly.
        await client.invalidateQueries({ queryKey: key, exact: true });
      } else {
        client.setQueryData<TimelineData>(key, (current) => mergeNewerEvents(current, page.events));
      }
      void client.invalidateQueries({ queryKey: queryKeys.users.diagnosis(userId) });
      return { received: page.events.length, moreNewer: page.moreNewer };
    },
    enabled: timeline.isSuccess,
    initialData: { received: 0, moreNewer: false },
    staleTime: LIVE_INTERVAL_MS,
    refetchInterval: (query) => (query.state.data?.moreNewer ? CATCH_UP_MS : LIVE_INTERVAL_MS),
  });

  const events = timeline.data?.pages.flatMap((page) => page.events) ?? [];
  return { timeline, events, liveUpdatedAt: live.dataUpdatedAt, liveError: live.error };
}
