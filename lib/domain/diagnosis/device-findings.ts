import { groupRulesPass } from "./context";
import { nameDevices } from "./device-names";
import { DEVICE_REFERENCES, deviceWarnings } from "./device-warnings";
import { PRIORITY } from "./ranking";
import { withoutRichPushStory } from "./sync-story";
import { parseTime, toIso } from "./time";
import { DEVICE_WARNING_CODES, type DeviceTelemetry, type DeviceWarning, type DeviceWarningCode, type DiagnosisContext, type Finding, type Severity } from "./types";

const WITHOUT_RICH_PUSH_DELIVERY = "without rich push, notifications may not arrive while Secure Mail is in the background";
const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** One code across the user's devices: each device with its own warning (the severity can differ per device). */
type Affected = { device: DeviceTelemetry; warning: DeviceWarning }[];

function headlineFor(ctx: DiagnosisContext, code: DeviceWarningCode, severity: Severity, devices: readonly DeviceTelemetry[]): string {
  const names = nameDevices(devices);
  const is = devices.length > 1 ? "are" : "is";
  switch (code) {
    case "ios_notifications_not_allowed":
      return `iOS notifications for Secure Mail are not allowed on ${names}, so nothing is shown there`;
    case "mail_notifications_off":
      return `Mail Notifications is switched off in Secure Mail on ${names}`;
    case "derived_credentials":
      return `Rich push is unsupported for ${ctx.input.user.displayName}: ${names} ${is} enrolled with derived credentials`;
    case "low_power_mode":
      return severity === "info"
        ? `${names} ${is} in Low Power Mode, which does not stop rich push notifications`
        : `${names} ${is} in Low Power Mode: ${WITHOUT_RICH_PUSH_DELIVERY}`;
    case "background_app_refresh_off":
      return severity === "info"
        ? `Background App Refresh is off for Secure Mail on ${names}, which does not stop rich push notifications`
        : `Background App Refresh is off for Secure Mail on ${names}: ${WITHOUT_RICH_PUSH_DELIVERY}`;
  }
}

/** Precedence steps 2 and 4; Low Power Mode and Background App Refresh never lead (a rule finding names them). */
function priorityFor(code: DeviceWarningCode, severity: Severity): number {
  if (severity === "info") return PRIORITY.deviceInfo;
  switch (code) {
    case "ios_notifications_not_allowed":
      return PRIORITY.iosNotificationsOff;
    case "mail_notifications_off":
      return PRIORITY.mailNotificationsOff;
    case "derived_credentials":
      return PRIORITY.derivedCredentials;
    case "low_power_mode":
      return PRIORITY.deliveryAtRiskMostCommon;
    case "background_app_refresh_off":
      return PRIORITY.deliveryAtRisk;
  }
}

function latestSeen(devices: readonly DeviceTelemetry[]): string | null {
  let latest: number | null = null;
  for (const device of devices) {
    const seen = parseTime(device.lastSeenAt);
    if (seen !== null && (latest === null || seen > latest)) latest = seen;
  }
  return latest === null ? null : toIso(latest);
}

function noDeviceFinding(ctx: DiagnosisContext): Finding {
  return {
    id: "device:none",
    family: "device",
    severity: "warning",
    priority: PRIORITY.noDevice,
    headline: `No device has reported for ${ctx.input.user.displayName}`,
    explanation:
      "Without a device report nothing is known about the app's notification settings; Secure Mail may not be installed, enrolled or opened yet. Secure Mail prompts users to allow push notifications at installation or upgrade.",
    remedy: "Make sure Secure Mail is installed on the user's device and that the user allowed push notifications when Secure Mail asked.",
    fieldGuidance: ["Have the user open Secure Mail once, so that the device reports its settings to this console."],
    evidence: { counts: { devices: 0 }, firstSeen: null, lastSeen: null, deviceIds: [], facts: {} },
    reference: DEVICE_REFERENCES.iosPermission,
  };
}

/**
 * Derived credentials leads (step 4) only when no group rule fails; then it is the finding that
 * rules rich push out and tells what the user gets instead on those devices.
 */
function derivedStory(ctx: DiagnosisContext, devices: readonly DeviceTelemetry[]) {
  if (ctx.failingGroupChecks.length > 0) {
    return { sentences: ["The group's rules rule rich push out as well (see the rule finding)."], counts: {}, facts: {} };
  }
  return withoutRichPushStory(ctx, devices);
}

/** Why a device's Low Power Mode or Background App Refresh matters: the rule or enrolment that rules rich push out. */
function whyNoRichPush(ctx: DiagnosisContext, devices: readonly DeviceTelemetry[]): string {
  if (ctx.failingGroupChecks.length > 0) return `Rich push is unavailable for this user: ${ctx.failingGroupChecks.map((check) => check.detail).join(" ")}`;
  return `Rich push is unavailable on ${nameDevices(devices)}: enrolled with derived credentials.`;
}

function codeFinding(ctx: DiagnosisContext, code: DeviceWarningCode, affected: Affected, ofDevices: number): Finding {
  const worst = affected.reduce((a, b) => (SEVERITY_RANK[b.warning.severity] < SEVERITY_RANK[a.warning.severity] ? b : a));
  const { severity } = worst.warning;
  // The headline names the devices the finding's severity is about; the others are said in the explanation.
  const named = affected.filter((entry) => entry.warning.severity === severity).map((entry) => entry.device);
  const others = affected.filter((entry) => entry.warning.severity !== severity);
  const story = code === "derived_credentials" ? derivedStory(ctx, named) : null;
  const atRisk = (code === "low_power_mode" || code === "background_app_refresh_off") && severity === "warning";
  const explanation = [
    worst.warning.effect,
    atRisk ? whyNoRichPush(ctx, named) : "",
    ...others.map((entry) => `On ${nameDevices([entry.device])}: ${entry.warning.effect}`),
    ...(story?.sentences ?? []),
  ];
  const fieldGuidance = worst.warning.fieldGuidance ?? [];

  return {
    id: `device:${code}`,
    family: "device",
    severity,
    priority: priorityFor(code, severity),
    headline: headlineFor(ctx, code, severity, named),
    explanation: explanation.filter(Boolean).join(" "),
    remedy: worst.warning.remedy,
    ...(fieldGuidance.length > 0 ? { fieldGuidance } : {}),
    evidence: {
      counts: { devices: affected.length, ofDevices, ...(story?.counts ?? {}) },
      firstSeen: null,
      lastSeen: latestSeen(affected.map((entry) => entry.device)),
      deviceIds: affected.map((entry) => entry.device.id),
      facts: { groupRulesPass: groupRulesPass(ctx), ...(story?.facts ?? {}) },
    },
    ...(worst.warning.ruleId ? { ruleId: worst.warning.ruleId } : {}),
    reference: worst.warning.reference,
  };
}

/** Device settings that explain missing notifications: one finding per code across the user's devices. */
export function deviceFindings(ctx: DiagnosisContext): Finding[] {
  const devices = ctx.input.devices ?? [];
  if (devices.length === 0) return [noDeviceFinding(ctx)];

  const byCode = new Map<DeviceWarningCode, Affected>();
  for (const device of devices) {
    for (const warning of deviceWarnings(device, groupRulesPass(ctx))) {
      const entry = byCode.get(warning.code) ?? [];
      entry.push({ device, warning });
      byCode.set(warning.code, entry);
    }
  }
  return DEVICE_WARNING_CODES.flatMap((code) => {
    const affected = byCode.get(code);
    return affected ? [codeFinding(ctx, code, affected, devices.length)] : [];
  });
}
