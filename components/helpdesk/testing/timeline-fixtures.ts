import { lockScreenPreview, type DeviceTelemetry } from "@/lib/domain/diagnosis";
import { makeDevice, makeSettings } from "@/lib/domain/diagnosis/test-factories";
import type { GroupSettings } from "@/lib/domain/settings";
import { toDeviceView } from "@/lib/helpdesk/device-view";
import { LOCK_SCREEN_SAMPLE } from "@/lib/helpdesk/lock-screen-sample";
import { toEventView } from "@/lib/helpdesk/to-event-view";
import type { EventView } from "@/lib/helpdesk/views";
import type { EventRowContext } from "../event-row";

/** A stored event row, as the API maps it. */
type EventRow = Parameters<typeof toEventView>[0];

/** Timeline rows for component tests, built by the same mapping the API uses (stored row → EventView). */
export function eventView(fields: Partial<EventRow> = {}): EventView {
  return toEventView({
    id: "event-1",
    deviceId: "dev-1",
    userId: "00000000-0000-4000-8000-000000000001",
    groupId: null,
    occurredAt: new Date("2026-12-01T09:00:00Z"),
    receivedAt: new Date("2026-12-01T09:00:02Z"),
    outcome: "rich",
    cause: null,
    failedStep: null,
    steps: null,
    badgeCount: null,
    delayMs: null,
    activity: null,
    ...fields,
  });
}

/** The overview's view of one device and the group's lock screen, under these settings (null: none saved). */
export function rowContext(settings: Partial<GroupSettings> | null = {}, device: Partial<DeviceTelemetry> = {}): EventRowContext {
  const values = settings === null ? null : makeSettings(settings);
  const view = toDeviceView(values, { ...makeDevice(device), observedAt: "2026-12-01T08:00:00Z" });
  return { device: view, lockScreen: values ? lockScreenPreview(values, LOCK_SCREEN_SAMPLE, view.richPushSupported) : null };
}
