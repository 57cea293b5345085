import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { generateChannelSecret } from "./channel-secret";
import { auditDetailsOf, toChannelView } from "./channel-view";
import { createChannelSchema, type CreatedChannel } from "./contract";

/** Creates a channel. A webhook gets a signing secret made here, returned this once, stored sealed. */
export async function createChannel(caller: Caller | null, input: unknown, context: AuditContext = {}): Promise<CreatedChannel> {
  const admin = requirePermission(caller, "alert_channel:manage");
  const parsed = parseOrThrow(createChannelSchema, input);
  const secret = parsed.kind === "webhook" ? generateChannelSecret() : null;

  const channel = await db().$transaction(async (tx) => {
    const created = await tx.alertChannel.create({
      data: {
        name: parsed.name,
        kind: parsed.kind,
        enabled: parsed.enabled,
        url: parsed.kind === "webhook" ? parsed.url : null,
        recipients: parsed.kind === "email" ? parsed.recipients : [],
        secretCiphertext: secret?.sealed ?? null,
        secretPrefix: secret?.prefix ?? null,
        createdById: admin.userId,
        createdByEmail: admin.email,
      },
    });
    await recordAudit({ actor: admin, action: "alert_channel.create", targetType: "alert_channel", targetId: created.id, details: auditDetailsOf(created), context }, tx);
    return created;
  });
  return { channel: toChannelView(channel), secret: secret?.secret ?? null };
}
