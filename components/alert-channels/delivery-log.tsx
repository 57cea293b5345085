"use client";

import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table/data-table";
import { ErrorNote } from "@/components/ui/error-note";
import { Skeleton } from "@/components/ui/skeleton";
import type { DeliveryView } from "@/lib/alerts/channels/contract";
import { formatDateTime } from "@/lib/format/time";
import { useChannelDeliveries } from "./use-alert-channels";

const columns: DataTableColumn<DeliveryView>[] = [
  { id: "time", header: "Time", accessorFn: (d) => d.createdAt, sortFn: "basic", cell: ({ row }) => formatDateTime(row.original.createdAt, { seconds: true }) },
  {
    id: "notice",
    header: "Notice",
    accessorFn: (d) => d.alertId,
    sortFn: "alphanumeric",
    cell: ({ row }) => (
      <span className="text-xs">
        {row.original.test ? <Badge tone="sky">test</Badge> : null} <span className="font-mono">{row.original.alertId.slice(0, 8)}</span> · {row.original.state}
      </span>
    ),
  },
  { id: "attempt", header: "Attempt", accessorFn: (d) => d.attempt, sortFn: "basic", meta: { align: "right" }, cell: ({ row }) => row.original.attempt },
  {
    id: "result",
    header: "Result",
    accessorFn: (d) => (d.succeeded ? 0 : 1),
    sortFn: "basic",
    cell: ({ row }) => (row.original.succeeded ? <Badge tone="green">Delivered</Badge> : <Badge tone="red">Failed</Badge>),
  },
  { id: "code", header: "Response", accessorFn: (d) => d.responseCode ?? -1, sortFn: "basic", cell: ({ row }) => row.original.responseCode ?? "—" },
  { id: "error", header: "Error", accessorFn: (d) => d.error ?? "", sortFn: "alphanumeric", cell: ({ row }) => <span className="text-xs">{row.original.error ?? "—"}</span> },
  { id: "duration", header: "Took", accessorFn: (d) => d.durationMs, sortFn: "basic", meta: { align: "right" }, cell: ({ row }) => `${row.original.durationMs} ms` },
];

/** A channel's latest 50 attempts, newest first: retries appear as further attempts of one notice. */
export function DeliveryLog({ channelId, channelName }: { channelId: string; channelName: string }) {
  const deliveries = useChannelDeliveries(channelId);
  if (deliveries.isPending) return <Skeleton label="deliveries" lines={3} />;
  if (deliveries.isError) return <ErrorNote error={deliveries.error} title="Could not load the delivery log" />;
  if (deliveries.data.deliveries.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">Nothing sent to this channel yet.</p>;
  return <DataTable label={`Deliveries to ${channelName}`} columns={columns} data={deliveries.data.deliveries} rowId={(d) => d.id} />;
}
