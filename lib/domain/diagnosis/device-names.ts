import type { DeviceTelemetry } from "./types";

/** "iPhone 15", "iPhone 15 and iPad Air", "iPhone 15 (dev-1) and iPhone 15 (dev-2)". */
export function nameDevices(devices: readonly DeviceTelemetry[]): string {
  const modelOf = (device: DeviceTelemetry) => device.model || "a device";
  const modelCounts = new Map<string, number>();
  for (const device of devices) modelCounts.set(modelOf(device), (modelCounts.get(modelOf(device)) ?? 0) + 1);
  // Two devices of one model are told apart by their ids.
  const names = devices.map((device) =>
    (modelCounts.get(modelOf(device)) ?? 0) > 1 ? `${modelOf(device)} (${device.id})` : modelOf(device),
  );
  const last = names.pop();
  if (last === undefined) return "no device";
  return names.length === 0 ? last : `${names.join(", ")} and ${last}`;
}
