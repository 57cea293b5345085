"use client";

import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorNote } from "@/components/ui/error-note";
import { Skeleton } from "@/components/ui/skeleton";
import type { ChannelView } from "@/lib/alerts/channels/contract";
import { formatDateTime } from "@/lib/format/time";
import { CreateChannelForm } from "./create-channel-form";
import { DeliveryLog } from "./delivery-log";
import { useAlertChannels, useDeleteChannel, useSendTest, useUpdateChannel } from "./use-alert-channels";

type Actions = {
  onTest: (channel: ChannelView) => void;
  onToggle: (channel: ChannelView) => void;
  onDelete: (channel: ChannelView) => void;
  onShowLog: (channel: ChannelView) => void;
  testing: string | null;
};

function columnsOf(actions: Actions): DataTableColumn<ChannelView>[] {
  return [
    { id: "name", header: "Name", accessorFn: (c) => c.name, sortFn: "alphanumeric", cell: ({ row }) => <span className="font-medium">{row.original.name}</span> },
    {
      id: "target",
      header: "Sends to",
      accessorFn: (c) => c.url ?? c.recipients.join(", "),
      sortFn: "alphanumeric",
      cell: ({ row }) => (
        <span className="text-xs">
          <Badge>{row.original.kind === "webhook" ? "Webhook" : "Email"}</Badge>{" "}
          <span className="break-all">{row.original.url ?? row.original.recipients.join(", ")}</span>
          {row.original.secretPrefix ? <span className="block font-mono text-slate-600 dark:text-slate-400">secret {row.original.secretPrefix}…</span> : null}
        </span>
      ),
    },
    {
      id: "state",
      header: "State",
      accessorFn: (c) => (c.enabled ? 0 : 1),
      sortFn: "basic",
      cell: ({ row }) => (row.original.enabled ? <Badge tone="green">Enabled</Badge> : <Badge tone="slate">Disabled</Badge>),
    },
    {
      id: "last",
      header: "Last delivery",
      accessorFn: (c) => c.lastDelivery?.createdAt ?? "",
      sortFn: "basic",
      cell: ({ row }) => {
        const last = row.original.lastDelivery;
        if (!last) return <span className="text-xs">never</span>;
        return (
          <span className="text-xs">
            {last.succeeded ? <Badge tone="green">Delivered</Badge> : <Badge tone="red">Failed</Badge>} {formatDateTime(last.createdAt)}
            {last.error ? <span className="block">{last.error}</span> : null}
          </span>
        );
      },
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      cell: ({ row }) => {
        const channel = row.original;
        return (
          <span className="inline-flex flex-wrap justify-end gap-2">
            <Button variant="secondary" disabled={actions.testing === channel.id} onClick={() => actions.onTest(channel)} aria-label={`Send test to ${channel.name}`}>
              {actions.testing === channel.id ? "Sending…" : "Send test"}
            </Button>
            <Button variant="secondary" onClick={() => actions.onShowLog(channel)} aria-label={`Delivery log of ${channel.name}`}>
              Delivery log
            </Button>
            <Button variant="secondary" onClick={() => actions.onToggle(channel)} aria-label={`${channel.enabled ? "Disable" : "Enable"} ${channel.name}`}>
              {channel.enabled ? "Disable" : "Enable"}
            </Button>
            <Button variant="danger" onClick={() => actions.onDelete(channel)} aria-label={`Delete ${channel.name}`}>
              Delete
            </Button>
          </span>
        );
      },
    },
  ];
}

/** Alert channels: where alert notices go (webhooks, email), with a test button and each one's delivery log. */
export function ChannelsPanel() {
  const channels = useAlertChannels();
  const update = useUpdateChannel();
  const remove = useDeleteChannel();
  const test = useSendTest();
  const [deleting, setDeleting] = useState<ChannelView | null>(null);
  const [logOf, setLogOf] = useState<ChannelView | null>(null);

  const sendTest = test.mutate;
  const changeChannel = update.mutate;
  const testing = test.isPending ? (test.variables ?? null) : null;
  // Memoized: new cell renderers on every render would remount the row buttons, and a dialog closing
  // could not give focus back to the Delete button that opened it (that button would be gone).
  const columns = useMemo(
    () =>
      columnsOf({
        onTest: (channel) => sendTest(channel.id),
        onToggle: (channel) => changeChannel({ id: channel.id, changes: { enabled: !channel.enabled } }),
        onDelete: setDeleting,
        onShowLog: setLogOf,
        testing,
      }),
    [sendTest, changeChannel, testing],
  );

  return (
    <div className="space-y-6">
      <CreateChannelForm smtpConfigured={channels.data?.smtpConfigured ?? true} />
      {update.isError ? <ErrorNote error={update.error} title="Could not change the channel" /> : null}
      {test.isError ? <ErrorNote error={test.error} title="Could not send the test" /> : null}
      {channels.isPending ? <Skeleton label="alert channels" lines={3} /> : null}
      {channels.isError ? <ErrorNote error={channels.error} title="Could not load the alert channels" /> : null}
      {channels.data && channels.data.channels.length === 0 ? <EmptyState title="No alert channels yet">Create a webhook or an email channel to receive alerts.</EmptyState> : null}
      {channels.data && channels.data.channels.length > 0 ? (
        <DataTable label="Alert channels" columns={columns} data={channels.data.channels} rowId={(c) => c.id} rowTestId={(c) => `channel-${c.name}`} />
      ) : null}
      {logOf ? (
        <section aria-labelledby="delivery-log-heading" className="space-y-2">
          <div className="flex items-center justify-between">
            <h2 id="delivery-log-heading" className="text-lg font-semibold">
              Delivery log: {logOf.name}
            </h2>
            <Button variant="ghost" onClick={() => setLogOf(null)}>
              Close
            </Button>
          </div>
          <DeliveryLog channelId={logOf.id} channelName={logOf.name} />
        </section>
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title={`Delete “${deleting?.name ?? ""}”?`}
        confirmLabel="Delete channel"
        danger
        pending={remove.isPending}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              if (logOf?.id === deleting.id) setLogOf(null);
              setDeleting(null);
            },
          });
        }}
      >
        <p>It stops receiving alerts at once, deliveries still queued for it are dropped, and its delivery log is deleted with it.</p>
        {remove.isError ? <ErrorNote error={remove.error} title="Could not delete the channel" /> : null}
      </ConfirmDialog>
    </div>
  );
}
