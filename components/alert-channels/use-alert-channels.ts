"use client";

import { toast } from "sonner";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { alertChannelsContract, type CreateChannelInput, type UpdateChannelInput } from "@/lib/alerts/channels/contract";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";

export function useAlertChannels() {
  return useQuery({ queryKey: queryKeys.alertChannels.all, queryFn: () => callApi(alertChannelsContract.list) });
}

export function useChannelDeliveries(id: string) {
  return useQuery({ queryKey: queryKeys.alertChannels.deliveries(id), queryFn: () => callApi(alertChannelsContract.deliveries, { params: { id }, query: { limit: 50 } }) });
}

/** A webhook's secret lives only in this mutation's result (never in the query cache); `reset()` forgets it. */
export function useCreateChannel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateChannelInput) => callApi(alertChannelsContract.create, { body: input }),
    onSuccess: (created) => {
      // A webhook's secret is announced by the panel that shows it; an email channel has none.
      if (!created.secret) toast.success(`Channel “${created.channel.name}” created`);
      return client.invalidateQueries({ queryKey: queryKeys.alertChannels.all });
    },
  });
}

export function useUpdateChannel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateChannelInput }) => callApi(alertChannelsContract.update, { params: { id }, body: changes }),
    onSuccess: (channel) => {
      toast.success(`${channel.name}: ${channel.enabled ? "enabled" : "disabled"}`);
      return client.invalidateQueries({ queryKey: queryKeys.alertChannels.all });
    },
  });
}

export function useDeleteChannel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(alertChannelsContract.remove, { params: { id } }),
    onSuccess: (channel) => {
      toast.success(`Channel “${channel.name}” deleted`);
      return client.invalidateQueries({ queryKey: queryKeys.alertChannels.all });
    },
  });
}

/** Sends now; the result (delivered or why not) is a toast and the newest row of the delivery log. */
export function useSendTest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(alertChannelsContract.test, { params: { id } }),
    onSuccess: (delivery) => {
      if (delivery.succeeded) toast.success(`Test delivered${delivery.responseCode ? ` (${delivery.responseCode})` : ""}`);
      else toast.error(`Test failed: ${delivery.error ?? "no detail"}`);
      return client.invalidateQueries({ queryKey: queryKeys.alertChannels.all });
    },
  });
}
