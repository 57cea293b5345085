import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import type { DeviceView } from "@/lib/helpdesk/views";
import { FieldGuidance } from "@/components/ui/field-guidance";
import { formatAgo, formatDateTime } from "./format";
import { SeverityBadge } from "./severity-badge";

type Fact = { label: string; good: boolean; text: string };

function factsOf(device: DeviceView): Fact[] {
  return [
    { label: "Mail Notifications", good: device.mailNotificationsEnabled, text: device.mailNotificationsEnabled ? "on" : "off" },
    { label: "iOS notifications", good: device.iosNotificationsAllowed, text: device.iosNotificationsAllowed ? "allowed" : "not allowed" },
    { label: "Background App Refresh", good: device.backgroundAppRefresh, text: device.backgroundAppRefresh ? "on" : "off" },
    { label: "Low Power Mode", good: !device.lowPowerMode, text: device.lowPowerMode ? "on" : "off" },
    { label: "Enrolled with derived credentials", good: !device.derivedCredentials, text: device.derivedCredentials ? "yes" : "no" },
  ];
}

function DeviceCard({ device }: { device: DeviceView }) {
  return (
    <li className="rounded-md border border-slate-200 p-4 dark:border-slate-800" data-testid="device">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          {device.model} <span className="font-normal text-slate-600 dark:text-slate-400">iOS {device.iosVersion} · Secure Mail {device.appVersion}</span>
        </h3>
        {device.richPushSupported ? <Badge tone="green">Rich push</Badge> : <Badge tone="amber">No rich push</Badge>}
      </div>
      {device.failingRules.length > 0 ? (
        <p className="mt-1 text-sm" data-testid="device-failing-rules">
          No rich push because: {device.failingRules.map((rule) => rule.title).join("; ")}.
        </p>
      ) : null}
      <p className="text-xs text-slate-600 dark:text-slate-400" title={formatDateTime(device.lastSeenAt)}>
        Last reported {formatAgo(device.lastSeenAt)} · id <code>{device.id}</code>
      </p>
      <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {factsOf(device).map((fact) => (
          <div key={fact.label} className="flex gap-1">
            <dt className="text-slate-600 dark:text-slate-400">{fact.label}:</dt>
            <dd className={fact.good ? "" : "font-semibold text-red-700 dark:text-red-400"}>{fact.text}</dd>
          </div>
        ))}
      </dl>
      {device.warnings.length > 0 ? (
        <ul className="mt-3 space-y-2" aria-label={`Problems on ${device.model}`}>
          {device.warnings.map((warning) => (
            <li key={warning.code} className="text-sm">
              <p className="flex items-center gap-2 font-medium">
                <SeverityBadge severity={warning.severity} /> {warning.title}
              </p>
              <p className="mt-0.5">{warning.effect}</p>
              <p className="text-slate-600 dark:text-slate-400">To fix: {warning.remedy}</p>
              {warning.fieldGuidance?.length ? (
                <div className="mt-1">
                  <FieldGuidance items={warning.fieldGuidance} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-emerald-700 dark:text-emerald-400">Nothing on this device stands in the way of notifications.</p>
      )}
    </li>
  );
}

/** Each device the user has, its state, and each problem on it with its effect in plain words. */
export function DevicesPanel({ devices }: { devices: readonly DeviceView[] }) {
  return (
    <Panel id="devices" title="Devices" description={devices.length === 0 ? undefined : `${devices.length} reporting, most recent first`}>
      {devices.length === 0 ? (
        <p className="text-sm">No device has reported for this user: Secure Mail may not be installed, enrolled or opened yet.</p>
      ) : (
        <ul className="space-y-3">
          {devices.map((device) => (
            <DeviceCard key={device.id} device={device} />
          ))}
        </ul>
      )}
    </Panel>
  );
}
