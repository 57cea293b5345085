import "server-only";
import { requireResourceId } from "@/lib/contract/resource-id";
import { AppError, parseOrThrow } from "@/lib/errors/app-error";
import { recordAudit, type AuditContext } from "@/lib/audit/record-audit";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { auditDetailsOf, toChannelView } from "./channel-view";
import { updateChannelSchema, type ChannelView } from "./contract";

/** Changes a channel's name, state, URL or recipients; a request that changes nothing is not audited. */
export async function updateChannel(caller: Caller | null, channelId: string, input: unknown, context: AuditContext = {}): Promise<ChannelView> {
  const admin = requirePermission(caller, "alert_channel:manage");
  const id = requireResourceId(channelId, "alert channel");
  const changes = parseOrThrow(updateChannelSchema, input);

  return db().$transaction(async (tx) => {
    const [before] = await tx.$queryRaw<{ kind: string }[]>`SELECT kind FROM alert_channel WHERE id = ${id}::uuid FOR UPDATE`;
    if (!before) throw new AppError("not_found", "No such alert channel.");
    if (changes.url !== undefined && before.kind !== "webhook") {
      throw new AppError("validation_failed", "url: only webhook channels have a URL", { fields: [{ field: "url", message: "only webhook channels have a URL" }] });
    }
    if (changes.recipients !== undefined && before.kind !== "email") {
      throw new AppError("validation_failed", "recipients: only email channels have recipients", { fields: [{ field: "recipients", message: "only email channels have recipients" }] });
    }
    const current = await tx.alertChannel.findUniqueOrThrow({ where: { id } });
    const changed = Object.entries(changes).filter(([field, value]) => JSON.stringify(current[field as keyof typeof current]) !== JSON.stringify(value));
    if (changed.length === 0) return toChannelView(current);

    const updated = await tx.alertChannel.update({ where: { id }, data: Object.fromEntries(changed) });
    await recordAudit(
      {
        actor: admin,
        action: "alert_channel.update",
        targetType: "alert_channel",
        targetId: id,
        details: { changed: changed.map(([field]) => field), before: auditDetailsOf(current), after: auditDetailsOf(updated) },
        context,
      },
      tx,
    );
    return toChannelView(updated);
  });
}
