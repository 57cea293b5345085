import type { DeviceTelemetry, DiagnosisInput, GroupCauseStats, NotificationEvent } from "@/lib/domain/diagnosis";
import { evaluateForUser } from "@/lib/domain/prerequisites/device-verdict";
import type { GroupSettings } from "@/lib/domain/settings";

/** What the diagnosis of one user rests on, however it was loaded. */
export type DiagnosisInputParts = {
  user: { id: string; displayName: string };
  groupName: string;
  settings: GroupSettings;
  devices: DeviceTelemetry[];
  /** The user's recent events (see recent-events.ts). */
  events: NotificationEvent[];
  groupCauseStats: GroupCauseStats | null;
  /** ISO time of the diagnosis. */
  now: string;
  timeZone?: string;
};

/**
 * The diagnosis input the helpdesk builds: the group's settings evaluated with the user's devices.
 * One function for the API and the in-memory benchmark, so both diagnose the same input.
 */
export function diagnosisInputOf({ user, groupName, settings, devices, events, groupCauseStats, now, timeZone }: DiagnosisInputParts): DiagnosisInput {
  return {
    user: { id: user.id, displayName: user.displayName, groupName },
    evaluation: evaluateForUser(settings, devices),
    settings,
    devices,
    events,
    groupCauseStats: groupCauseStats ?? undefined,
    now,
    timeZone,
  };
}
