import type { DeviceTelemetry } from "@/lib/domain/diagnosis";
import { evaluateForDevice } from "@/lib/domain/prerequisites/device-verdict";
import type { GroupSettings } from "@/lib/domain/settings";
import type { DeviceVerdictView, FailingRuleView } from "./views";

/** The per-user and per-device verdicts live in the domain, so the simulator gives the same answer. */
export { evaluateForDevice, evaluateForUser, userDeviceFacts } from "@/lib/domain/prerequisites/device-verdict";

/**
 * Does this device get rich push, and if not, which rules stop it (group settings and this
 * device's facts together)? The one place the helpdesk asks this per device: the devices panel
 * and the timeline's "after sync" rows both read it. Without settings nothing supports rich push,
 * and no rule can name why: the group has no policy yet.
 */
export function deviceVerdict(settings: GroupSettings | null, device: DeviceTelemetry): DeviceVerdictView {
  if (!settings) return { richPushSupported: false, failingRules: [] };
  const evaluation = evaluateForDevice(settings, device);
  const failingRules = evaluation.checks
    .filter((check) => check.status === "fail")
    .map((check): FailingRuleView => ({ id: check.id, title: check.title, detail: check.detail }));
  return { richPushSupported: evaluation.richPushSupported, failingRules };
}
