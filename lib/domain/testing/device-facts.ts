import type { DeviceSnapshot } from "@/lib/telemetry/schemas";

/** What a device reports about itself, without who owns it or when it was observed. */
export type ReportedDeviceFacts = Omit<DeviceSnapshot, "userUpn" | "observedAt">;

/**
 * A healthy iPhone: every device fixture (unit, integration and e2e tests, the simulator's tests,
 * the CLI's) starts from here and changes only what its test is about. Pure data, no imports of
 * server code, so browser tests and Playwright specs can use it too.
 */
export const HEALTHY_DEVICE_FACTS: Readonly<ReportedDeviceFacts> = Object.freeze({
  model: "iPhone 15",
  iosVersion: "18.2",
  appVersion: "24.9.0",
  derivedCredentials: false,
  mailNotificationsEnabled: true,
  iosNotificationsAllowed: true,
  backgroundAppRefresh: true,
  lowPowerMode: false,
});

/**
 * The body of PUT /api/v1/ingest/devices/{id} for a healthy device of `userUpn`. `overrides` is
 * loose on purpose: ingestion tests send wrong types and hostile values through it.
 */
export function deviceSnapshotBody(userUpn: string, observedAt: Date, overrides: object = {}) {
  return { userUpn, ...HEALTHY_DEVICE_FACTS, observedAt: observedAt.toISOString(), ...overrides };
}
