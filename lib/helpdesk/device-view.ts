import { deviceWarnings, type DeviceTelemetry } from "@/lib/domain/diagnosis";
import type { GroupSettings } from "@/lib/domain/settings";
import { deviceVerdict } from "./user-evaluation";
import type { DeviceView } from "./views";

/** One device as the helpdesk sees it: its facts, its own verdict with the rules that fail, and its warnings. */
export function toDeviceView(settings: GroupSettings | null, device: DeviceTelemetry & { observedAt: string }): DeviceView {
  const verdict = deviceVerdict(settings, device);
  // Without settings nothing supports rich push, so the device's delivery risks all apply.
  return { ...device, ...verdict, warnings: deviceWarnings(device, verdict.richPushSupported) };
}
