import "server-only";
import { randomUUID } from "node:crypto";
import { requireResourceId } from "@/lib/contract/resource-id";
import { AppError } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { toDeliveryView } from "./channel-view";
import type { DeliveryView } from "./contract";
import { deliverToChannel } from "./deliver-to-channel";
import type { SmtpSettings } from "./send-email";
import { smtpSettingsFromEnv } from "./smtp-settings";
import { testNoticeOf } from "./test-notice";

/**
 * Sends a test notice to the channel now, once (no retry: the admin sees the result and can try
 * again), to a disabled channel too (testing before enabling is the point). Logged and audited.
 */
export async function sendTestNotice(caller: Caller | null, channelId: string, context: AuditContext = {}, smtp: SmtpSettings = smtpSettingsFromEnv()): Promise<DeliveryView> {
  const admin = requirePermission(caller, "alert_channel:manage");
  const id = requireResourceId(channelId, "alert channel");
  const channel = await db().alertChannel.findUnique({ where: { id } });
  if (!channel) throw new AppError("not_found", "No such alert channel.");

  const delivery = await deliverToChannel(channel, testNoticeOf(channel.name, env().APP_URL), { deliveryId: randomUUID(), attempt: 1, test: true, smtp }).catch(
    async (error: unknown) => {
      // Deleted while the test was on its way: its log row has nowhere to go.
      if (!(await db().alertChannel.count({ where: { id } }))) throw new AppError("not_found", "No such alert channel.");
      throw error;
    },
  );
  await recordAudit({
    actor: admin,
    action: "alert_channel.test",
    targetType: "alert_channel",
    targetId: id,
    details: { name: channel.name, kind: channel.kind, succeeded: delivery.succeeded, responseCode: delivery.responseCode, error: delivery.error },
    context,
  });
  return toDeliveryView(delivery);
}
