"use client";

import { useQuery } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { viewerTimeZone as browserTimeZone } from "@/lib/format/time";
import { helpdeskContract } from "@/lib/helpdesk/contract";


/** Findings and the 24-hour / 7-day summary; refreshed when the timeline sees new events. */
export function useUserDiagnosis(userId: string) {
  return useQuery({
    queryKey: queryKeys.users.diagnosis(userId),
    queryFn: ({ signal }) => callApi(helpdeskContract.getDiagnosis, { params: { id: userId }, query: { tz: browserTimeZone() }, signal }),
    retry: false,
  });
}
