"use client";

import { toast } from "sonner";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { alertsContract, type AlertRuleInput, type AlertState } from "@/lib/alerts/contract";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";

/** How often the page looks for new alerts: the evaluation runs every minute. */
const REFRESH_MS = 30_000;

export function useAlertRules() {
  return useQuery({ queryKey: queryKeys.alerts.rules, queryFn: () => callApi(alertsContract.listRules) });
}

export function useAlerts(state: AlertState | "all") {
  return useQuery({
    queryKey: queryKeys.alerts.list(state),
    queryFn: () => callApi(alertsContract.list, { query: state === "all" ? {} : { state } }),
    refetchInterval: REFRESH_MS,
  });
}

/** Creates a rule, or replaces the one with `id`. */
export function useSaveAlertRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: AlertRuleInput }) =>
      id ? callApi(alertsContract.updateRule, { params: { id }, body: input }) : callApi(alertsContract.createRule, { body: input }),
    onSuccess: (rule, { id }) => {
      toast.success(id ? `Rule “${rule.name}” saved` : `Rule “${rule.name}” created`);
      return client.invalidateQueries({ queryKey: queryKeys.alerts.all });
    },
  });
}

export function useDeleteAlertRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(alertsContract.deleteRule, { params: { id } }),
    onSuccess: (rule) => {
      toast.success(`Rule “${rule.name}” deleted`);
      return client.invalidateQueries({ queryKey: queryKeys.alerts.all });
    },
  });
}

export function useEvaluateAlerts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(alertsContract.evaluate),
    onSuccess: (result) => {
      toast.success(`Evaluated: ${result.opened} opened, ${result.resolved} resolved, ${result.firing} firing`);
      return client.invalidateQueries({ queryKey: queryKeys.alerts.all });
    },
  });
}
