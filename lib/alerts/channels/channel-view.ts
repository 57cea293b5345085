import type { AlertChannel, AlertDelivery } from "@/generated/prisma/client";
import type { ChannelKind, ChannelView, DeliveryView } from "./contract";

export function toDeliveryView(delivery: AlertDelivery): DeliveryView {
  return {
    id: delivery.id,
    channelId: delivery.channelId,
    alertId: delivery.alertId,
    state: delivery.state,
    test: delivery.test,
    attempt: delivery.attempt,
    succeeded: delivery.succeeded,
    responseCode: delivery.responseCode,
    error: delivery.error,
    durationMs: delivery.durationMs,
    createdAt: delivery.createdAt.toISOString(),
  };
}

/** Never the sealed secret: only its prefix leaves the server. */
export function toChannelView(channel: AlertChannel, lastDelivery: AlertDelivery | null = null): ChannelView {
  return {
    id: channel.id,
    name: channel.name,
    kind: channel.kind as ChannelKind,
    enabled: channel.enabled,
    url: channel.url,
    recipients: channel.recipients,
    secretPrefix: channel.secretPrefix,
    createdByEmail: channel.createdByEmail,
    createdAt: channel.createdAt.toISOString(),
    updatedAt: channel.updatedAt.toISOString(),
    lastDelivery: lastDelivery ? toDeliveryView(lastDelivery) : null,
  };
}

/** What the audit keeps of a channel: where it sends, never the secret. */
export function auditDetailsOf(channel: AlertChannel) {
  return { name: channel.name, kind: channel.kind, enabled: channel.enabled, url: channel.url, recipients: channel.recipients, secretPrefix: channel.secretPrefix };
}
