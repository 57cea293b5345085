import type { Check, RuleId } from "@/lib/domain/prerequisites/types";
import { PUSH_REGION_LABELS } from "@/lib/domain/prerequisites/value-labels";
import type { GroupSettings } from "@/lib/domain/settings";
import { nameDevices } from "./device-names";
import { PRIORITY } from "./ranking";
import type { DeviceTelemetry, DiagnosisContext, Finding } from "./types";

type RuleStory = {
  /** deliveryBlocked when nothing reaches the user; richPushUnsupported when rich push is lost. */
  priority: number;
  headline(ctx: DiagnosisContext, check: Check): string;
  /** What the failing rule does to this user's notifications, beyond the check's detail. */
  impact: string;
};

function devicesWhere(ctx: DiagnosisContext, test: (device: DeviceTelemetry) => boolean): DeviceTelemetry[] {
  return (ctx.input.devices ?? []).filter(test);
}

/** Per rule: how it ranks and how the helpdesk says it. */
const STORIES: Record<RuleId, RuleStory> = {
  "push-notifications": {
    priority: PRIORITY.deliveryBlocked,
    headline: (ctx) => `Push notifications are off for ${ctx.input.user.groupName}, so Secure Mail gets no push for new mail`,
    impact: "Without push, Secure Mail is not told about new mail, so no device in the group gets mail notifications.",
  },
  "network-access": {
    priority: PRIORITY.deliveryBlocked,
    headline: (ctx) => `Network access is blocked for ${ctx.input.user.groupName}, so Secure Mail cannot reach the mail server`,
    impact: "Secure Mail cannot fetch anything, so no mail notification can show its content.",
  },
  "mail-notifications": {
    priority: PRIORITY.deliveryBlocked,
    headline: (ctx) => {
      const off = devicesWhere(ctx, (device) => !device.mailNotificationsEnabled);
      const where = off.length > 0 ? `on ${nameDevices(off)}` : `for ${ctx.input.user.displayName}`;
      return `Mail Notifications is switched off in Secure Mail ${where}`;
    },
    impact: "With the switch off Secure Mail shows no mail notifications at all.",
  },
  "background-network-services": {
    priority: PRIORITY.richPushUnsupported,
    headline: (ctx) =>
      `Rich push is unsupported: the EWS host ${ctx.input.settings.ewsHost} is missing from Background network services for ${ctx.input.user.groupName}`,
    impact: "Through the tunnel Secure Mail can reach only the listed hosts, so it cannot fetch message details in the background.",
  },
  "lock-screen-notifications": {
    priority: PRIORITY.richPushUnsupported,
    headline: (ctx) =>
      ctx.input.settings.lockScreenNotifications === "block"
        ? `Rich push is unsupported: the lock screen policy for ${ctx.input.user.groupName} blocks notifications on the locked screen`
        : `Rich push is unsupported: the lock screen policy for ${ctx.input.user.groupName} shows only a count of new messages`,
    impact: "The locked screen shows no sender or subject under this policy.",
  },
  authentication: {
    priority: PRIORITY.richPushUnsupported,
    headline: () => "Rich push is unsupported: the group uses Modern authentication with Office 365",
    impact: "Rich push works only with password-based or client-certificate authentication.",
  },
  "intune-integration": {
    priority: PRIORITY.richPushUnsupported,
    headline: (ctx) => `Rich push is unsupported: the apps of ${ctx.input.user.groupName} are managed through the Intune/EMS integration`,
    impact: "Rich push is not available to apps managed through the Intune/EMS integration.",
  },
  "derived-credentials": {
    priority: PRIORITY.richPushUnsupported,
    headline: (ctx) => {
      const derived = devicesWhere(ctx, (device) => device.derivedCredentials);
      const which = derived.length > 0 ? nameDevices(derived) : "the device";
      return `Rich push is unsupported for ${ctx.input.user.displayName}: ${which} ${derived.length > 1 ? "are" : "is"} enrolled with derived credentials`;
    },
    impact: "Devices enrolled with derived credentials do not get rich push.",
  },
  "push-registration-host": {
    priority: PRIORITY.configWarning,
    headline: (ctx) => {
      const region = ctx.input.settings.pushRegion;
      return `The push registration host${region ? ` for ${PUSH_REGION_LABELS[region]}` : ""} is missing from Background network services for ${ctx.input.user.groupName}`;
    },
    // Field guidance, like the rule it tells (its reference is marked so in the UI).
    impact: "Tunnelled apps may fail to register for push, so pushes may not arrive.",
  },
};

/** The setting a check points at, as a plain value for the evidence. */
function settingValue(settings: GroupSettings, field: Check["field"]): string | boolean | null {
  if (!field || !Object.hasOwn(settings, field)) return null;
  const value = settings[field as keyof GroupSettings];
  if (Array.isArray(value)) return value.join(", ");
  return typeof value === "string" || typeof value === "boolean" ? value : null;
}

function checkFinding(ctx: DiagnosisContext, check: Check): Finding {
  const failing = check.status === "fail";
  // The stories tell failing rules (and the field warning); any other warning is said plainly.
  const known = Object.hasOwn(STORIES, check.id) ? STORIES[check.id] : undefined;
  const story = failing || check.id === "push-registration-host" ? known : undefined;
  const blocksDelivery = story?.priority === PRIORITY.deliveryBlocked;
  // When rich push is lost, say what the user gets instead (the evaluation's consequences).
  const instead = failing && !blocksDelivery && !ctx.input.evaluation.richPushSupported ? ctx.input.evaluation.consequences ?? [] : [];
  const explanation = [check.detail, story?.impact ?? "", ...instead].filter(Boolean).join(" ");
  const deviceIds =
    check.id === "mail-notifications"
      ? devicesWhere(ctx, (device) => !device.mailNotificationsEnabled).map((device) => device.id)
      : check.id === "derived-credentials"
        ? devicesWhere(ctx, (device) => device.derivedCredentials).map((device) => device.id)
        : [];

  return {
    id: `rule:${check.id}`,
    family: "rule",
    severity: failing ? "critical" : "warning",
    priority: story?.priority ?? (failing ? PRIORITY.richPushUnsupported : PRIORITY.configWarning),
    headline: story ? story.headline(ctx, check) : `${check.title}: ${check.detail}`,
    explanation,
    remedy: check.remediation,
    evidence: {
      counts: {},
      firstSeen: null,
      lastSeen: null,
      deviceIds,
      facts: {
        status: check.status,
        detail: check.detail,
        field: check.field ?? null,
        value: settingValue(ctx.input.settings, check.field),
      },
    },
    ruleId: check.id,
    reference: check.reference,
  };
}

function confirmFinding(ctx: DiagnosisContext, check: Check): Finding {
  return {
    id: `rule:${check.id}`,
    family: "rule",
    severity: "info",
    priority: PRIORITY.confirmPerUser,
    headline: `Not known yet for ${ctx.input.user.displayName}: ${check.title}`,
    explanation: `${check.detail} Confirm it on the user's device.`,
    remedy: check.remediation,
    evidence: { counts: {}, firstSeen: null, lastSeen: null, deviceIds: [], facts: { status: check.status, field: check.field ?? null } },
    ruleId: check.id,
    reference: check.reference,
  };
}

const UNSUPPORTED_REFERENCE =
  "This feature is supported on password-based authentication and client-based authentication setups.";

/** Failing, warning and unsettled prerequisite checks, as findings. */
export function ruleFindings(ctx: DiagnosisContext): Finding[] {
  const { evaluation } = ctx.input;
  const checks = evaluation?.checks ?? [];
  const findings: Finding[] = [];
  for (const check of checks) {
    if (check.status === "fail" || check.status === "warn") findings.push(checkFinding(ctx, check));
    else if (check.status === "unknown") findings.push(confirmFinding(ctx, check));
  }
  // An unsupported verdict without a failing check still has to be said.
  if (evaluation && !evaluation.richPushSupported && !checks.some((check) => check.status === "fail")) {
    findings.push({
      id: "rule:unsupported",
      family: "rule",
      severity: "critical",
      priority: PRIORITY.richPushUnsupported,
      headline: `Rich push is unsupported for ${ctx.input.user.displayName}`,
      explanation: (evaluation.consequences ?? []).join(" "),
      remedy: "Review the group's prerequisite checks in the policy editor.",
      evidence: { counts: {}, firstSeen: null, lastSeen: null, deviceIds: [], facts: {} },
      reference: UNSUPPORTED_REFERENCE,
    });
  }
  return findings;
}
