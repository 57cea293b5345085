"use client";

import { useQuery } from "@tanstack/react-query";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { helpdeskContract } from "@/lib/helpdesk/contract";

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Findings and the 24-hour / 7-day summary; refreshed when the timeline sees new events. */
export function useUserDiagnosis(userId: string) {
  return useQuery({
    queryKey: queryKeys.users.diagnosis(userId),
    queryFn: ({ signal }) => callApi(helpdeskContract.getDiagnosis, { params: { id: userId }, query: { tz: browserTimeZone() }, signal }),
    retry: false,
  });
}
