"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { affectedUsersContract } from "@/lib/affected-users/contract";
import type { AffectedSort } from "@/lib/affected-users/cursor";
import type { AffectedUsersFilter } from "@/lib/dashboard/affected-users-href";
import { callApi } from "@/lib/client/api-client";
import type { QueryInput } from "@/lib/contract/endpoint";

type ListQuery = NonNullable<QueryInput<typeof affectedUsersContract.listAffectedUsers>>;

/** The list's pages for these filters and sort; each next page continues from the previous page's cursor. */
export function useAffectedUsers(filter: AffectedUsersFilter, sort: AffectedSort) {
  return useInfiniteQuery({
    queryKey: ["affected-users", filter, sort],
    queryFn: ({ pageParam, signal }) =>
      // The URL's values go to the server as they are: a bad one comes back as a 422 naming it, never silently dropped.
      callApi(affectedUsersContract.listAffectedUsers, { query: { ...filter, sort, cursor: pageParam ?? undefined } as ListQuery, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    // The view is audited on the server; refetching on focus would re-read personal data for nothing.
    refetchOnWindowFocus: false,
  });
}
