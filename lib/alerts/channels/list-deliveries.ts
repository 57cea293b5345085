import "server-only";
import { requireResourceId } from "@/lib/contract/resource-id";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { toDeliveryView } from "./channel-view";
import { deliveriesQuerySchema, type DeliveryView } from "./contract";

/** A channel's latest delivery attempts, newest first. */
export async function listDeliveries(caller: Caller | null, channelId: string, query: unknown = {}): Promise<DeliveryView[]> {
  requirePermission(caller, "alert_channel:manage");
  const id = requireResourceId(channelId, "alert channel");
  const { limit } = parseOrThrow(deliveriesQuerySchema, query);
  const channel = await db().alertChannel.findUnique({ where: { id }, select: { id: true } });
  if (!channel) throw new AppError("not_found", "No such alert channel.");
  const deliveries = await db().alertDelivery.findMany({ where: { channelId: id }, orderBy: [{ createdAt: "desc" }, { attempt: "desc" }], take: limit });
  return deliveries.map(toDeliveryView);
}
