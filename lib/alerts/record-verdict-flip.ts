import "server-only";
import type { Tx } from "@/lib/db/client";
import type { GroupVerdict } from "@/lib/policies/views";

export type VerdictChange = {
  groupId: string;
  groupName: string;
  action: string;
  fromVersion: number;
  toVersion: number;
  before: GroupVerdict;
  after: GroupVerdict;
  actorEmail: string | null;
};

/**
 * Called by every policy write (save, patch, revert, import) inside its transaction: when the
 * group's rich-push verdict changed, a verdict_flip row records it for the next alert evaluation
 * (an outbox: the flip commits with the write or not at all, and evaluation never misses one).
 * A group's first settings are no flip: there was no verdict before.
 */
export async function recordVerdictFlip(tx: Tx, change: VerdictChange): Promise<void> {
  if (change.before.richPushSupported === change.after.richPushSupported) return;
  await tx.verdictFlip.create({
    data: {
      groupId: change.groupId,
      groupName: change.groupName,
      action: change.action,
      fromVersion: change.fromVersion,
      toVersion: change.toVersion,
      richPushSupported: change.after.richPushSupported,
      failingRules: change.after.failingRules,
      actorEmail: change.actorEmail,
    },
  });
}
