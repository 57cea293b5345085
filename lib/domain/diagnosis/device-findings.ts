import { nameDevices } from "./device-names";
import { DEVICE_REFERENCES, deviceWarnings } from "./device-warnings";
import { PRIORITY } from "./ranking";
import { parseTime, toIso } from "./time";
import type { DeviceTelemetry, DeviceWarning, DiagnosisContext, Finding } from "./types";

const WITHOUT_RICH_PUSH_DELIVERY = "without rich push, notifications may not arrive while Secure Mail is in the background";

function headlineFor(warning: DeviceWarning, devices: readonly DeviceTelemetry[]): string {
  const names = nameDevices(devices);
  const is = devices.length > 1 ? "are" : "is";
  const rich = warning.severity === "info";
  switch (warning.code) {
    case "ios_notifications_not_allowed":
      return `iOS notifications for Secure Mail are not allowed on ${names}, so nothing is shown there`;
    case "mail_notifications_off":
      return `Mail Notifications is switched off in Secure Mail on ${names}`;
    case "derived_credentials":
      return `Rich push is unsupported on ${names}: enrolled with derived credentials`;
    case "low_power_mode":
      return rich
        ? `${names} ${is} in Low Power Mode, which does not stop rich push notifications`
        : `${names} ${is} in Low Power Mode: ${WITHOUT_RICH_PUSH_DELIVERY}`;
    case "background_app_refresh_off":
      return rich
        ? `Background App Refresh is off for Secure Mail on ${names}, which does not stop rich push notifications`
        : `Background App Refresh is off for Secure Mail on ${names}: ${WITHOUT_RICH_PUSH_DELIVERY}`;
  }
}

/** Blocking settings rank with the blocking rules; delivery risks only matter without rich push. */
function priorityFor(warning: DeviceWarning): number {
  if (warning.severity === "info") return PRIORITY.deviceInfo;
  switch (warning.code) {
    case "ios_notifications_not_allowed":
    case "mail_notifications_off":
      return PRIORITY.deliveryBlocked;
    case "derived_credentials":
      return PRIORITY.richPushUnsupported;
    case "low_power_mode":
      return PRIORITY.deliveryAtRiskMostCommon;
    default:
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
    explanation: "Without a device report nothing is known about the app's notification settings; Secure Mail may not be installed, enrolled or opened yet.",
    remedy: "Check that Secure Mail is installed and enrolled on the user's device, open it once, and allow notifications when iOS asks.",
    evidence: { counts: { devices: 0 }, firstSeen: null, lastSeen: null, deviceIds: [], facts: {} },
    reference: DEVICE_REFERENCES.iosPermission,
  };
}

/** Device settings that explain missing notifications, one finding per problem across devices. */
export function deviceFindings(ctx: DiagnosisContext): Finding[] {
  const devices = ctx.input.devices ?? [];
  if (devices.length === 0) return [noDeviceFinding(ctx)];

  const checks = ctx.input.evaluation?.checks ?? [];
  const failing = checks.filter((check) => check.status === "fail");
  const failingRuleIds = new Set(failing.map((check) => check.id));
  const richPushSupported = ctx.input.evaluation?.richPushSupported ?? false;

  // The same problem on several devices is one finding; the same code can differ in severity
  // (Low Power Mode matters on a derived-credentials device but not on a rich-push one).
  const grouped = new Map<string, { warning: DeviceWarning; devices: DeviceTelemetry[] }>();
  for (const device of devices) {
    for (const warning of deviceWarnings(device, richPushSupported)) {
      // A failing rule already says this, with the check's own detail.
      if (warning.ruleId && failingRuleIds.has(warning.ruleId)) continue;
      const key = `${warning.code}:${warning.severity}`;
      const entry = grouped.get(key) ?? { warning, devices: [] };
      entry.devices.push(device);
      grouped.set(key, entry);
    }
  }

  const whyNoRichPush =
    failing.length > 0 ? `Rich push is unavailable for this user: ${failing.map((check) => check.detail).join(" ")}` : "";

  return [...grouped.entries()].map(([key, { warning, devices: affected }]) => ({
    id: `device:${key}`,
    family: "device",
    severity: warning.severity,
    priority: priorityFor(warning),
    headline: headlineFor(warning, affected),
    explanation: [warning.effect, warning.severity === "warning" ? whyNoRichPush : ""].filter(Boolean).join(" "),
    remedy: warning.remedy,
    evidence: {
      counts: { devices: affected.length, ofDevices: devices.length },
      firstSeen: null,
      lastSeen: latestSeen(affected),
      deviceIds: affected.map((device) => device.id),
      facts: { richPushSupported },
    },
    ...(warning.ruleId ? { ruleId: warning.ruleId } : {}),
    reference: warning.reference,
  }));
}
