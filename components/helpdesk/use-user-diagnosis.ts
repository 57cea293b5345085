"use client";

import { useQuery } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { viewerTimeZone as browserTimeZone } from "@/lib/format/time";

// Imported with the first request, not with the page: the contract brings zod, kept out of first load.
const loadContract = () => import("@/lib/helpdesk/contract");

/** Findings and the 24-hour / 7-day summary; refreshed when the timeline sees new events. */
export function useUserDiagnosis(userId: string) {
  return useQuery({
    queryKey: queryKeys.users.diagnosis(userId),
    queryFn: async ({ signal }) => callApi((await loadContract()).helpdeskContract.getDiagnosis, { params: { id: userId }, query: { tz: browserTimeZone() }, signal }),
    retry: false,
  });
}
