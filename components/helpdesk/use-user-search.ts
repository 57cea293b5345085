"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";

// Imported with the first search, not with the page: the contract brings zod, kept out of first load.
const loadContract = () => import("@/lib/helpdesk/contract");

/** Directory search pages for `query`; the previous results stay on screen while the next ones load. */
export function useUserSearch(query: string) {
  const text = query.trim();
  return useInfiniteQuery({
    queryKey: queryKeys.users.search(text),
    queryFn: async ({ pageParam, signal }) => callApi((await loadContract()).helpdeskContract.searchUsers, { query: { query: text, cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
