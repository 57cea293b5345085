import { HEALTHY_DEVICE_FACTS } from "@/lib/domain/testing/device-facts";
import { pushRegistrationHostRule } from "@/lib/domain/prerequisites/rules/push-registration-host";
/** Plain-object factories for the diagnosis tests; Evaluations are built by hand, not by the engine. */
import { LOCK_SCREEN_AFTER_SYNC, UNREAD_COUNT_ONLY, VIP_ONLY_UNAVAILABLE } from "@/lib/domain/prerequisites/consequences";
import { RULE_IDS, type Check, type CheckStatus, type Evaluation, type RuleId } from "@/lib/domain/prerequisites/types";
import type { GroupSettings } from "@/lib/domain/settings";
import { RICH_PUSH_SETTINGS } from "@/lib/domain/testing/rich-push-settings";
import { buildContext } from "./context";
import type { DeviceTelemetry, DiagnosisContext, DiagnosisInput, DiagnosisUser, NotificationEvent } from "./types";

export const NOW = "2025-06-03T12:00:00.000Z";
const NOW_MS = Date.parse(NOW);

export function minutesAgo(minutes: number): string {
  return new Date(NOW_MS - minutes * 60_000).toISOString();
}
export function hoursAgo(hours: number): string {
  return minutesAgo(hours * 60);
}
/** "09:12" today (UTC), as an ISO time. */
export function todayAt(clock: string): string {
  return `2025-06-03T${clock}:00.000Z`;
}

export function makeUser(overrides: Partial<DiagnosisUser> = {}): DiagnosisUser {
  return { id: "user-ana", displayName: "Ana Lopez", groupName: "Sales", ...overrides };
}

export function makeSettings(overrides: Partial<GroupSettings> = {}): GroupSettings {
  return { ...RICH_PUSH_SETTINGS, ...overrides };
}

const CHECK_TEXT: Record<RuleId, Omit<Check, "id" | "status">> = {
  "push-notifications": { title: "Push notifications", detail: "Push notifications is off.", remediation: "Set Push notifications to ON.", reference: "In the Endpoint Management console, set Push notifications to ON.", field: "pushNotifications" },
  "network-access": { title: "Network access", detail: "Network access is Blocked.", remediation: "Set Network access to Unrestricted or Tunnel to internal network.", reference: "Network access policy is set to Unrestricted or Tunnel to internal network.", field: "networkAccess" },
  "background-network-services": { title: "EWS host in Background network services", detail: "mail.corp.example:443 is not in Background network services.", remediation: "Add mail.corp.example:443 to Background network services.", reference: "ensure that Exchange Web Services (EWS) host is configured in the Background network services policy.", field: "backgroundNetworkServices" },
  "lock-screen-notifications": { title: "Control locked screen notifications", detail: "Control locked screen notifications is Count only.", remediation: "Set it to Allow or Email sender or event title.", reference: "The Control locked screen notifications policy is set to Allow or Email sender or event title.", field: "lockScreenNotifications" },
  "mail-notifications": { title: "Mail Notifications", detail: "Mail Notifications is off in Secure Mail.", remediation: "In Secure Mail > Settings > Notifications, enable Mail Notifications.", reference: "Navigate to Secure Mail > Settings > Notifications and then enable Mail Notifications.", field: "mailNotificationsEnabled" },
  authentication: { title: "Authentication", detail: "Authentication is Modern authentication with Microsoft Office 365.", remediation: "Use password-based or client certificate authentication.", reference: "Modern authentication with Microsoft Office 365", field: "authentication" },
  "intune-integration": { title: "Intune/EMS integration", detail: "The apps are managed through the Intune/EMS integration.", remediation: "Manage Secure Mail with MDX instead.", reference: "Apps managed by Endpoint Management integration with Microsoft InTune/EMS", field: "intuneManaged" },
  "derived-credentials": { title: "Derived credentials", detail: "The device is enrolled with derived credentials.", remediation: "Enroll without derived credentials.", reference: "Devices enrolled by using derived credentials", field: "derivedCredentials" },
  "push-registration-host": { title: "Push registration host", detail: "eu-west-1.pushreg.xm.citrix.com:443 is not in Background network services.", remediation: "Add eu-west-1.pushreg.xm.citrix.com:443 to Background network services.", reference: pushRegistrationHostRule.reference, field: "backgroundNetworkServices" },
};

export const UNSUPPORTED_CONSEQUENCES = [UNREAD_COUNT_ONLY, LOCK_SCREEN_AFTER_SYNC];

/** Every rule passes unless told otherwise; rich push is supported when none fails. */
export function makeEvaluation(statuses: Partial<Record<RuleId, CheckStatus>> = {}): Evaluation {
  const checks: Check[] = RULE_IDS.map((id) => ({ id, status: statuses[id] ?? "pass", ...CHECK_TEXT[id] }));
  const richPushSupported = !checks.some((check) => check.status === "fail");
  return {
    richPushSupported,
    checks,
    consequences: richPushSupported ? [VIP_ONLY_UNAVAILABLE] : UNSUPPORTED_CONSEQUENCES,
  };
}

export function makeDevice(overrides: Partial<DeviceTelemetry> = {}): DeviceTelemetry {
  return {
    id: "dev-1",
    ...HEALTHY_DEVICE_FACTS,
    lastSeenAt: minutesAgo(5),
    ...overrides,
  };
}

let eventSequence = 0;
export function makeEvent(overrides: Partial<NotificationEvent> = {}): NotificationEvent {
  eventSequence += 1;
  return {
    id: `evt-${eventSequence}`,
    deviceId: "dev-1",
    occurredAt: minutesAgo(30),
    outcome: "rich",
    cause: null,
    failedStep: null,
    ...overrides,
  };
}

/** `count` events of one kind, `everyMinutes` apart, the newest `startMinutesAgo` ago. */
export function makeEvents(count: number, startMinutesAgo: number, everyMinutes: number, overrides: Partial<NotificationEvent> = {}): NotificationEvent[] {
  return Array.from({ length: count }, (_, index) => makeEvent({ occurredAt: minutesAgo(startMinutesAgo + index * everyMinutes), ...overrides }));
}

export function makeInput(overrides: Partial<DiagnosisInput> = {}): DiagnosisInput {
  return {
    user: makeUser(),
    evaluation: makeEvaluation(),
    settings: makeSettings(),
    devices: [makeDevice()],
    events: [],
    now: NOW,
    timeZone: "UTC",
    ...overrides,
  };
}

export function makeContext(overrides: Partial<DiagnosisInput> = {}): DiagnosisContext {
  return buildContext(makeInput(overrides));
}
