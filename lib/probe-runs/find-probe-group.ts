import "server-only";
import type { z } from "zod";
import type { GroupSettings as GroupSettingsRow } from "@/generated/prisma/client";
import { notFoundMessage, requireResourceId } from "@/lib/contract/resource-id";
import { AppError, fieldErrorsOf } from "@/lib/errors/app-error";
import { db } from "@/lib/db/client";
import { groupSettingsSchema } from "@/lib/domain/settings";

/** The settings a connectivity test reads: the hosts to contact and the policy that shapes the verdict. */
const probeSettingsSchema = groupSettingsSchema.pick({
  gateway: true,
  ewsHost: true,
  activeSyncHost: true,
  pushRegion: true,
  acceptAllSslCertificates: true,
});
export type ProbeSettings = z.output<typeof probeSettingsSchema>;

export type ProbeGroup = { id: string; name: string; settings: GroupSettingsRow | null };

/** The group and its stored settings row, or 404 (an id that is not a UUID names no group either). */
export async function findProbeGroup(groupId: string): Promise<ProbeGroup> {
  const id = requireResourceId(groupId, "delivery group");
  const group = await db().deliveryGroup.findUnique({ where: { id }, include: { settings: true } });
  if (!group) throw new AppError("not_found", notFoundMessage("delivery group"));
  return { id: group.id, name: group.name, settings: group.settings };
}

/** What the test needs from the group's settings; 409 when there are none, or when a stored value fails the schema. */
export function probeSettingsOf(group: ProbeGroup): ProbeSettings {
  if (!group.settings) {
    throw new AppError("conflict", `Group "${group.name}" has no settings yet; save its policies before testing connectivity.`);
  }
  const parsed = probeSettingsSchema.safeParse(group.settings);
  if (parsed.success) return parsed.data;
  const fields = fieldErrorsOf(parsed.error);
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join("; ");
  throw new AppError("conflict", `The stored settings of group "${group.name}" cannot be tested: ${summary}`, { fields });
}
