import "server-only";
import { requireResourceId } from "@/lib/contract/resource-id";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { auditDetailsOf, toChannelView } from "./channel-view";
import type { ChannelView } from "./contract";

/**
 * Deletes a channel with its delivery log (the audit keeps the deletion and where it sent).
 * Delivery jobs already queued for it find no channel and end without sending.
 */
export async function deleteChannel(caller: Caller | null, channelId: string, context: AuditContext = {}): Promise<ChannelView> {
  const admin = requirePermission(caller, "alert_channel:manage");
  const id = requireResourceId(channelId, "alert channel");

  return db().$transaction(async (tx) => {
    const channel = await tx.alertChannel.findUnique({ where: { id } });
    if (!channel) throw new AppError("not_found", "No such alert channel.");
    await tx.alertChannel.delete({ where: { id } });
    await recordAudit({ actor: admin, action: "alert_channel.delete", targetType: "alert_channel", targetId: id, details: auditDetailsOf(channel), context }, tx);
    return toChannelView(channel);
  });
}
