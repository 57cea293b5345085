"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import type { UserDiagnosis } from "@/lib/helpdesk/views";

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Findings and the 24-hour / 7-day summary; refreshed when the timeline sees new events. */
export function useUserDiagnosis(userId: string) {
  return useQuery({
    queryKey: queryKeys.users.diagnosis(userId),
    queryFn: ({ signal }) =>
      apiFetch<UserDiagnosis>(`/api/v1/users/${encodeURIComponent(userId)}/diagnosis?tz=${encodeURIComponent(browserTimeZone())}`, { signal }),
    retry: false,
  });
}
