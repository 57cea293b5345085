/**
 * The device facts an "Affected users" list can be narrowed to, as `name=value` in the URL
 * (`lowPowerMode=true`). Names are the device telemetry fields; only these reach the SQL, as
 * column names from this table, never from the request.
 */
export const BOOLEAN_DEVICE_FACTS = ["mailNotificationsEnabled", "iosNotificationsAllowed", "derivedCredentials", "backgroundAppRefresh", "lowPowerMode"] as const;
export const TEXT_DEVICE_FACTS = ["model", "iosVersion", "appVersion"] as const;
export type DeviceFactName = (typeof BOOLEAN_DEVICE_FACTS)[number] | (typeof TEXT_DEVICE_FACTS)[number];

export type DeviceFact = { name: DeviceFactName; value: boolean | string };

const FACT_VALUE_MAX = 64;

/** The fact named by `name=value`, or a message saying what is wrong with it. */
export function parseDeviceFact(text: string): DeviceFact | { error: string } {
  const at = text.indexOf("=");
  if (at <= 0) return { error: "must be name=value, for example lowPowerMode=true" };
  const name = text.slice(0, at);
  const value = text.slice(at + 1);
  if ((BOOLEAN_DEVICE_FACTS as readonly string[]).includes(name)) {
    if (value !== "true" && value !== "false") return { error: `${name} must be true or false` };
    return { name: name as DeviceFactName, value: value === "true" };
  }
  if ((TEXT_DEVICE_FACTS as readonly string[]).includes(name)) {
    if (value.length === 0 || value.length > FACT_VALUE_MAX) return { error: `${name} must be 1 to ${FACT_VALUE_MAX} characters` };
    return { name: name as DeviceFactName, value };
  }
  return { error: `must name one of ${[...BOOLEAN_DEVICE_FACTS, ...TEXT_DEVICE_FACTS].join(", ")}` };
}

export function isDeviceFact(parsed: DeviceFact | { error: string }): parsed is DeviceFact {
  return !("error" in parsed);
}
