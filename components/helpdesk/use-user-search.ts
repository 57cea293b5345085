"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import type { UserSearchPage } from "@/lib/helpdesk/views";

/** Directory search pages for `query`; the previous results stay on screen while the next ones load. */
export function useUserSearch(query: string) {
  const text = query.trim();
  return useInfiniteQuery({
    queryKey: queryKeys.users.search(text),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ query: text });
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<UserSearchPage>(`/api/v1/users?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
