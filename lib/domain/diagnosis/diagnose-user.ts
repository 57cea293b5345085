import { evaluateForUser } from "@/lib/domain/prerequisites/device-verdict";
import type { GroupSettings } from "@/lib/domain/settings";
import { diagnose } from "./diagnose";
import type { DeviceTelemetry, DiagnosisUser, Finding, GroupCauseStats, NotificationEvent } from "./types";

/**
 * What a diagnosis rests on, as the helpdesk API and the `diagnose` CLI both hand it over: the
 * group's settings, the user's devices and recent events, and the group's cause statistics.
 */
export type UserDiagnosisInput = {
  /** ISO time the diagnosis is made at. */
  now: string;
  user: DiagnosisUser;
  settings: GroupSettings;
  devices: DeviceTelemetry[];
  events: NotificationEvent[];
  group?: GroupCauseStats;
  /** IANA zone for clock times in headlines; UTC when absent. */
  timeZone?: string;
};

/**
 * The one diagnosis of the console: the group's settings evaluated with the user's device facts
 * (evaluateForUser, as the overview does), then diagnose(). The API and the CLI call this, so the
 * same data gives the same findings.
 */
export function diagnoseUser(input: UserDiagnosisInput): Finding[] {
  return diagnose({
    user: input.user,
    evaluation: evaluateForUser(input.settings, input.devices),
    settings: input.settings,
    devices: input.devices,
    events: input.events,
    ...(input.group ? { groupCauseStats: input.group } : {}),
    now: input.now,
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
  });
}
