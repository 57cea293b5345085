import "server-only";
import { requireResourceId } from "@/lib/contract/resource-id";
import { parseOrThrow } from "@/lib/errors/app-error";
import type { AuditContext } from "@/lib/audit/record-audit";
import { recordViewOnce } from "@/lib/audit/record-view-once";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { diagnoseUser, summarizeEvents, type UserDiagnosisInput } from "@/lib/domain/diagnosis";
import { summarizeDelivery } from "./delivery-summary";
import { groupCauseStats } from "./group-cause-stats";
import { loadRecentEvents } from "./load-recent-events";
import { loadUserProfile, type UserProfile } from "./load-user-profile";
import { noPolicyFinding, type HelpdeskFinding } from "./no-policy-finding";
import { diagnosisQuerySchema } from "./schemas";
import type { UserDiagnosis } from "./views";

export type DiagnosisData = {
  profile: UserProfile;
  recent: Awaited<ReturnType<typeof loadRecentEvents>>;
  stats: Awaited<ReturnType<typeof groupCauseStats>> | null;
};

/** What the diagnosis rests on: the user, their devices, their week of events and the group's day. */
export async function loadDiagnosisData(userId: string, now: Date): Promise<DiagnosisData> {
  const profile = await loadUserProfile(userId);
  const [recent, stats] = await Promise.all([
    loadRecentEvents(userId, now),
    profile.group && profile.settings ? groupCauseStats(profile.group.id, now) : Promise.resolve(null),
  ]);
  return { profile, recent, stats };
}

/**
 * The pure diagnosis' input from the loaded data, the same shape the `diagnose` CLI reads; null
 * when no policy applies to the user.
 */
export function diagnosisInputFor({ profile, recent, stats }: DiagnosisData, now: string, timeZone?: string): UserDiagnosisInput | null {
  const { user, group, settings, devices } = profile;
  if (!group || !settings) return null;
  return {
    now,
    user: { id: user.id, displayName: user.displayName, groupName: group.name },
    settings: settings.value,
    // The device rows carry observedAt too; the diagnosis reads the telemetry fields only.
    devices: devices.map(({ observedAt: _observedAt, ...device }) => device),
    events: recent.events,
    ...(stats ? { group: stats } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
}

function findingsFor(data: DiagnosisData, now: string, timeZone: string | undefined): HelpdeskFinding[] {
  const input = diagnosisInputFor(data, now, timeZone);
  if (!input) return [noPolicyFinding(data.profile.user, data.profile.group?.name ?? null)];
  return diagnoseUser(input);
}

export const DIAGNOSIS_VIEW_ACTION = "directory.user_diagnosis_view";

/**
 * Why this user does (not) get mail notifications, most likely explanation first, with the
 * summary of their last 24 hours and 7 days. `tz` sets the clock times in the headlines.
 */
export async function getUserDiagnosis(caller: Caller | null, userId: unknown, query: unknown = {}, context: AuditContext = {}): Promise<UserDiagnosis> {
  const viewer = requirePermission(caller, "directory:read");
  const id = requireResourceId(userId, "directory user");
  const { tz } = parseOrThrow(diagnosisQuerySchema, query);
  const now = new Date();
  const data = await loadDiagnosisData(id, now);
  // Audited once per view: the page refetches the diagnosis as new events arrive.
  await recordViewOnce({ actor: viewer, action: DIAGNOSIS_VIEW_ACTION, targetType: "directory_user", targetId: id, details: { upn: data.profile.user.upn }, context }, id);
  const nowIso = now.toISOString();
  return {
    generatedAt: nowIso,
    findings: findingsFor(data, nowIso, tz),
    summary: summarizeEvents(data.recent.events, nowIso),
    delivery: summarizeDelivery(data.recent.events, nowIso),
    eventsConsidered: data.recent.events.length,
    eventsCapped: data.recent.capped,
    groupCauseStats: data.stats,
  };
}
