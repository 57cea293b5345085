import type { CauseCode } from "@/lib/domain/outcomes";
import { isGroupWideCause } from "./cause-scope";
import { GROUP_WIDE_MIN_USERS, userCount24h } from "./group-findings";
import type { DiagnosisContext } from "./types";

/** What a device-state cause is, in words, for "it is a device state (…), not a server problem". */
const DEVICE_STATES: Partial<Record<CauseCode, string>> = {
  container_locked: "restart before unlock",
  credentials_unavailable: "restart before unlock",
  credentials_stale: "credentials not updated in Secure Mail",
};

export type GroupContext = {
  /** Sentences for the user's own events finding; empty when the group does not share the causes. */
  notes: string[];
  /** Other users share a group-wide cause: timeouts then point at the server, not the device's network. */
  manyUsers: boolean;
};

/**
 * Whether other users of the group saw the same causes, for the user's own events finding. A
 * device-state cause across many devices is said for what it is, never a server problem; a
 * group-wide cause below a burst's share points at the server.
 */
export function groupContextFor(ctx: DiagnosisContext, causes: readonly CauseCode[]): GroupContext {
  const { user, groupCauseStats } = ctx.input;
  const notes: string[] = [];
  let manyUsers = false;
  for (const stat of groupCauseStats?.causes ?? []) {
    if (!causes.includes(stat?.cause) || !(stat.affectedUsers >= GROUP_WIDE_MIN_USERS)) continue;
    const others = stat.affectedUsers - (userCount24h(ctx, stat.cause) > 0 ? 1 : 0);
    const who = `${others} other ${others === 1 ? "user" : "users"} in ${user.groupName} saw ${stat.cause} too`;
    if (isGroupWideCause(stat.cause)) {
      manyUsers = true;
      notes.push(`${who}, which points at the server rather than at this device.`);
    } else {
      notes.push(`${who}; it is a device state (${DEVICE_STATES[stat.cause] ?? stat.cause}), not a server problem.`);
    }
  }
  return { notes, manyUsers };
}
