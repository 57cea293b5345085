import type { RuleId } from "@/lib/domain/prerequisites/types";
import { summarizeEvents } from "./event-summary";
import { parseTime, resolveTimeZone } from "./time";
import type { DeviceTelemetry, DiagnosisContext, DiagnosisInput } from "./types";

/**
 * Rules a device settles (reported as `device:` findings) and the field warning (never a failure):
 * every other rule is a group rule, the same for every member of the group.
 */
const NOT_GROUP_RULES: ReadonlySet<RuleId> = new Set(["mail-notifications", "derived-credentials", "push-registration-host"]);

export function isGroupRule(id: RuleId): boolean {
  return !NOT_GROUP_RULES.has(id);
}

/** Values every finding builder needs, derived once from the input. */
export function buildContext(input: DiagnosisInput): DiagnosisContext {
  return {
    input,
    nowMs: parseTime(input.now),
    timeZone: resolveTimeZone(input.timeZone),
    summary: summarizeEvents(input.events ?? [], input.now),
    failingGroupChecks: (input.evaluation?.checks ?? []).filter((check) => check.status === "fail" && isGroupRule(check.id)),
  };
}

/** No group rule fails: the rich path is open for every device not enrolled with derived credentials. */
export function groupRulesPass(ctx: DiagnosisContext): boolean {
  return ctx.failingGroupChecks.length === 0;
}

/**
 * Whether the rich path is open for this device: no group rule fails and the device is not
 * enrolled with derived credentials. (Mail Notifications off stops everything, rich or not, and
 * is its own finding.)
 */
export function hasRichPush(ctx: DiagnosisContext, device: DeviceTelemetry): boolean {
  return groupRulesPass(ctx) && !device.derivedCredentials;
}

/** Push off or network blocked: nothing reaches the user, so "what users get instead" does not apply. */
export function deliveryBlockedByGroup(ctx: DiagnosisContext): boolean {
  return ctx.failingGroupChecks.some((check) => check.id === "push-notifications" || check.id === "network-access");
}
