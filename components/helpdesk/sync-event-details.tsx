import { FieldGuidance } from "@/components/ui/field-guidance";
import type { LockScreenPreview } from "@/lib/domain/diagnosis";
import { SYNC_MAY_NOT_HAPPEN } from "@/lib/domain/prerequisites/consequences";
import type { DeviceView, EventView } from "@/lib/helpdesk/views";
import { formatDelay } from "./format";
import { lockScreenLine } from "./lock-screen-content";

/** Device facts that decide whether iOS wakes Secure Mail for a sync at all. */
const SYNC_RISKS = new Set(["low_power_mode", "background_app_refresh_off"]);

/** "shown 14 min after the mail arrived", or what the device did not say. */
export function syncDelayText(delayMs: number | null): string {
  return delayMs === null ? "the device did not report how long after the mail arrived" : `shown ${formatDelay(delayMs)} after the mail arrived`;
}

/** Why this device has no rich push: the failing rules of its own verdict, or why none can be named. */
function WhyNoRichPush({ device }: { device: DeviceView | undefined }) {
  if (!device) return <p>This device no longer reports, so its rules cannot be checked.</p>;
  if (device.failingRules.length > 0) {
    return (
      <div>
        <p className="font-medium">Why {device.model} has no rich push:</p>
        <ul className="mt-1 list-disc space-y-0.5 pl-5" aria-label={`Rules that fail for ${device.model}`}>
          {device.failingRules.map((rule) => (
            <li key={rule.id} data-rule-id={rule.id}>
              {rule.title}: <span className="text-slate-600 dark:text-slate-400">{rule.detail}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (device.richPushSupported) {
    return <p>Every rule passes for {device.model} under the group&apos;s current settings: the setup has changed since this notification.</p>;
  }
  return <p>The user&apos;s group has no settings saved, so rich push is not set up for {device.model}.</p>;
}

/**
 * A notification posted after a background sync (DESIGN.md §2.3): how late, what the lock screen
 * showed, and instead of a push → EWS path, the rule that keeps this device off rich push.
 */
export function SyncEventDetails({ event, device, lockScreen }: { event: EventView; device: DeviceView | undefined; lockScreen: LockScreenPreview | null }) {
  const risks = device?.warnings.filter((warning) => SYNC_RISKS.has(warning.code) && warning.severity !== "info") ?? [];
  return (
    <div className="space-y-2 text-sm" data-testid="sync-details">
      <p>
        Posted after iOS woke Secure Mail to perform a sync: <strong>{syncDelayText(event.delayMs)}</strong>.
      </p>
      {lockScreen ? <p>{lockScreenLine(lockScreen)}</p> : null}
      {/* DESIGN.md §2.3: without rich push nothing is fetched on push; the failing rule is the explanation. */}
      <p className="text-slate-600 dark:text-slate-400">
        No push → EWS path to show: without rich push nothing is fetched when the mail arrives, so there is no push, container, gateway or EWS step.
      </p>
      <WhyNoRichPush device={device} />
      <p className="text-slate-600 dark:text-slate-400">{SYNC_MAY_NOT_HAPPEN}</p>
      {risks.length > 0 ? (
        <ul className="space-y-0.5" aria-label={`What delays syncs on ${device?.model ?? "this device"} now`}>
          {risks.map((warning) => (
            <li key={warning.code}>
              <span className="font-medium">{warning.title}</span> now: {warning.effect}
            </li>
          ))}
        </ul>
      ) : null}
      {/* Field guidance (DESIGN.md §2.3, the vendor's "Notifications and synchronization" page): not in the reference. */}
      <FieldGuidance>How often iOS wakes Secure Mail for a sync depends on iOS; with Background App Refresh off it receives no mail in the background.</FieldGuidance>
    </div>
  );
}
