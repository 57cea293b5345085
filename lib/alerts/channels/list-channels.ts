import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { toChannelView } from "./channel-view";
import type { ChannelView } from "./contract";

/** Every channel by name, each with its latest delivery attempt. */
export async function listChannels(caller: Caller | null): Promise<{ channels: ChannelView[]; smtpConfigured: boolean }> {
  requirePermission(caller, "alert_channel:manage");
  const channels = await db().alertChannel.findMany({
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    include: { deliveries: { orderBy: { createdAt: "desc" }, take: 1 } },
  });
  return {
    channels: channels.map(({ deliveries, ...channel }) => toChannelView(channel, deliveries[0] ?? null)),
    smtpConfigured: env().SMTP_URL !== undefined,
  };
}
