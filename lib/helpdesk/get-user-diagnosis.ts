import "server-only";
import { parseOrThrow } from "@/lib/api/errors";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { diagnose, summarizeEvents, type Finding } from "@/lib/domain/diagnosis";
import { diagnosisInputOf } from "./diagnosis-input";
import { groupCauseStats } from "./group-cause-stats";
import { loadRecentEvents } from "./load-recent-events";
import { loadUserProfile, type UserProfile } from "./load-user-profile";
import { noPolicyFinding } from "./no-policy-finding";
import { diagnosisQuerySchema, userIdSchema } from "./schemas";
import type { UserDiagnosis } from "./views";

type DiagnosisData = {
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

function findingsFor({ profile, recent, stats }: DiagnosisData, now: string, timeZone: string | undefined): Finding[] {
  const { user, group, settings, devices } = profile;
  if (!group || !settings) return [noPolicyFinding(user, group?.name ?? null)];
  return diagnose(
    diagnosisInputOf({ user, groupName: group.name, settings: settings.value, devices, events: recent.events, groupCauseStats: stats, now, timeZone }),
  );
}

/**
 * Why this user does (not) get mail notifications, most likely explanation first, with the
 * summary of their last 24 hours and 7 days. `tz` sets the clock times in the headlines.
 */
export async function getUserDiagnosis(caller: Caller | null, userId: unknown, query: unknown = {}): Promise<UserDiagnosis> {
  requirePermission(caller, "directory:read");
  const id = parseOrThrow(userIdSchema, userId, ["id"]);
  const { tz } = parseOrThrow(diagnosisQuerySchema, query);
  const now = new Date();
  const data = await loadDiagnosisData(id, now);
  const nowIso = now.toISOString();
  return {
    generatedAt: nowIso,
    findings: findingsFor(data, nowIso, tz),
    summary: summarizeEvents(data.recent.events, nowIso),
    eventsConsidered: data.recent.events.length,
    eventsCapped: data.recent.capped,
    groupCauseStats: data.stats,
  };
}
