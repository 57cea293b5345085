import { PUSH_REGION_LABELS } from "@/lib/domain/prerequisites/value-labels";
import type { Check, RuleId } from "@/lib/domain/prerequisites/types";
import type { GroupSettings } from "@/lib/domain/settings";
import { deliveryBlockedByGroup, isGroupRule } from "./context";
import { PRIORITY } from "./ranking";
import { withoutRichPushStory } from "./sync-story";
import type { DiagnosisContext, Finding } from "./types";

type RuleStory = {
  headline(ctx: DiagnosisContext): string;
  /** What the failing rule means for rich push, resting on the reference. */
  impact: string;
  /** What it does beyond what the reference says. */
  fieldGuidance?: string[];
};

/** Per group rule: how the helpdesk says it fails. */
const STORIES: Partial<Record<RuleId, RuleStory>> = {
  "push-notifications": {
    headline: (ctx) => `Push notifications are off for ${ctx.input.user.groupName}, so Secure Mail gets no push for new mail`,
    impact: "Push notifications set to ON is the first prerequisite of rich push.",
    fieldGuidance: ["Push notifications must be ON for any push to reach Secure Mail, so while it is off no device in the group gets mail notifications."],
  },
  "network-access": {
    headline: (ctx) => `Network access is blocked for ${ctx.input.user.groupName}, so Secure Mail cannot reach the mail server`,
    impact: "Rich push needs Network access set to Unrestricted or Tunnel to internal network; with it blocked, Secure Mail cannot fetch anything.",
  },
  "background-network-services": {
    headline: (ctx) =>
      `Rich push is unsupported: the EWS host ${ctx.input.settings.ewsHost} is missing from Background network services for ${ctx.input.user.groupName}`,
    impact: "With Tunnel to internal network, rich push needs the EWS host configured in the Background network services policy.",
    fieldGuidance: ["Through the tunnel Secure Mail reaches only the hosts listed in Background network services, so it cannot fetch message details in the background."],
  },
  "lock-screen-notifications": {
    headline: (ctx) =>
      ctx.input.settings.lockScreenNotifications === "block"
        ? `Rich push is unsupported: the lock screen policy for ${ctx.input.user.groupName} blocks notifications on the locked screen`
        : `Rich push is unsupported: the lock screen policy for ${ctx.input.user.groupName} shows only a count of new messages`,
    impact: "Rich push needs Control locked screen notifications set to Allow or Email sender or event title.",
  },
  authentication: {
    headline: () => "Rich push is unsupported: the group uses Modern authentication with Office 365",
    impact: "Rich push is supported on password-based and client-based authentication setups, not with Modern authentication with Microsoft Office 365.",
  },
  "intune-integration": {
    headline: (ctx) => `Rich push is unsupported: the apps of ${ctx.input.user.groupName} are managed through the Intune/EMS integration`,
    impact: "Rich push is not supported for apps managed by the Endpoint Management integration with Microsoft Intune/EMS.",
  },
};

/** The setting a check points at, as a plain value for the evidence. */
function settingValue(settings: GroupSettings, field: Check["field"]): string | boolean | null {
  if (!field || !Object.hasOwn(settings, field)) return null;
  const value = settings[field as keyof GroupSettings];
  if (Array.isArray(value)) return value.join(", ");
  return typeof value === "string" || typeof value === "boolean" ? value : null;
}

function factsOf(ctx: DiagnosisContext, check: Check): Finding["evidence"]["facts"] {
  return { status: check.status, detail: check.detail, field: check.field ?? null, value: settingValue(ctx.input.settings, check.field) };
}

/**
 * A failing group rule. Push off and network blocked stop everything (precedence step 1); the
 * first other failing rule, in RULE_IDS order, is the one that rules rich push out (step 4) and
 * tells what the user gets instead; further failing rules follow it.
 */
function failingRuleFinding(ctx: DiagnosisContext, check: Check, tellsWhatInstead: boolean, leadsUnsupported: boolean): Finding {
  const story = STORIES[check.id];
  const instead = tellsWhatInstead ? withoutRichPushStory(ctx, ctx.input.devices ?? []) : null;
  const priority =
    check.id === "push-notifications"
      ? PRIORITY.pushOff
      : check.id === "network-access"
        ? PRIORITY.networkBlocked
        : leadsUnsupported
          ? PRIORITY.richPushUnsupported
          : PRIORITY.richPushAlsoUnsupported;
  return {
    id: `rule:${check.id}`,
    family: "rule",
    severity: "critical",
    priority,
    headline: story ? story.headline(ctx) : `${check.title}: ${check.detail}`,
    explanation: [check.detail, story?.impact ?? "", ...(instead?.sentences ?? [])].filter(Boolean).join(" "),
    remedy: check.remediation,
    ...(story?.fieldGuidance ? { fieldGuidance: story.fieldGuidance } : {}),
    evidence: {
      counts: instead?.counts ?? {},
      firstSeen: null,
      lastSeen: null,
      deviceIds: instead ? (ctx.input.devices ?? []).map((device) => device.id) : [],
      facts: { ...factsOf(ctx, check), ...(instead?.facts ?? {}) },
    },
    ruleId: check.id,
    reference: check.reference,
  };
}

/** The push registration host (DESIGN.md §2.2): a warning beyond the reference, so field guidance through and through. */
function pushRegistrationFinding(ctx: DiagnosisContext, check: Check): Finding {
  const region = ctx.input.settings?.pushRegion;
  return {
    id: "rule:push-registration-host",
    family: "rule",
    severity: "warning",
    priority: PRIORITY.configWarning,
    headline: `The push registration host${region ? ` for ${PUSH_REGION_LABELS[region]}` : ""} is missing from Background network services for ${ctx.input.user.groupName}`,
    explanation: check.detail,
    remedy: "",
    fieldGuidance: [
      "Tunnelled apps register for push through their region's push registration host; without it in Background network services, pushes may not arrive.",
      check.remediation,
    ],
    evidence: { counts: {}, firstSeen: null, lastSeen: null, deviceIds: [], facts: factsOf(ctx, check) },
    ruleId: check.id,
    // The rule's own reference is field guidance, marked so (lib/domain/field-guidance.ts).
    reference: check.reference,
  };
}

/** Any other warning a rule may give, said plainly. */
function warningFinding(ctx: DiagnosisContext, check: Check): Finding {
  return {
    id: `rule:${check.id}`,
    family: "rule",
    severity: "warning",
    priority: PRIORITY.configWarning,
    headline: `${check.title}: ${check.detail}`,
    explanation: check.detail,
    remedy: check.remediation,
    evidence: { counts: {}, firstSeen: null, lastSeen: null, deviceIds: [], facts: factsOf(ctx, check) },
    ruleId: check.id,
    reference: check.reference,
  };
}

/** A rule only the user's device can settle, and no device has reported (mail-notifications, derived-credentials). */
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

/**
 * Failing group rules, the push registration warning and rules still to confirm, as findings.
 * Mail Notifications and derived credentials, once devices have reported, are facts of a device
 * and reported by deviceFindings (`device:` ids), since they may hold on one device only.
 */
export function ruleFindings(ctx: DiagnosisContext): Finding[] {
  const checks = ctx.input.evaluation?.checks ?? [];
  const blocked = deliveryBlockedByGroup(ctx);
  const findings: Finding[] = [];
  let unsupportedLead = true;
  for (const check of checks) {
    if (check.status === "fail" && isGroupRule(check.id)) {
      const blocking = check.id === "push-notifications" || check.id === "network-access";
      const leads = !blocking && unsupportedLead;
      if (leads) unsupportedLead = false;
      findings.push(failingRuleFinding(ctx, check, leads && !blocked, leads));
    } else if (check.status === "warn") {
      findings.push(check.id === "push-registration-host" ? pushRegistrationFinding(ctx, check) : warningFinding(ctx, check));
    } else if (check.status === "unknown") {
      findings.push(confirmFinding(ctx, check));
    }
  }
  return findings;
}
