"use client";

import type { ReactNode } from "react";
import { AUTHENTICATION_LABELS, LOCK_SCREEN_LABELS, NETWORK_ACCESS_LABELS, PUSH_REGION_LABELS } from "@/lib/domain/prerequisites/value-labels";
import { AUTHENTICATION, LOCK_SCREEN, NETWORK_ACCESS, PUSH_REGIONS } from "@/lib/domain/settings";
import { HostListEditor } from "./host-list-editor";
import { SettingHostField } from "./setting-host-field";
import { SettingSelect } from "./setting-select";
import { SettingSwitch } from "./setting-switch";
import type { SettingsDraft } from "./use-settings-draft";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white px-4 pb-1 dark:border-slate-800 dark:bg-slate-900">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      <div className="divide-y divide-slate-100 dark:divide-slate-800">{children}</div>
    </fieldset>
  );
}

/** Every group setting as a control; read-only users see the same controls, disabled. */
export function SettingsForm({ draft, readOnly }: { draft: SettingsDraft; readOnly: boolean }) {
  const { draft: settings, errors, set } = draft;
  return (
    <div className="space-y-4">
      <Section title="Notifications">
        <SettingSwitch field="pushNotifications" checked={settings.pushNotifications} disabled={readOnly} onChange={(on) => set("pushNotifications", on)} />
        <SettingSelect
          field="lockScreenNotifications"
          value={settings.lockScreenNotifications}
          options={LOCK_SCREEN}
          labels={LOCK_SCREEN_LABELS}
          disabled={readOnly}
          onChange={(value) => value && set("lockScreenNotifications", value)}
        />
        <SettingSelect
          field="pushRegion"
          value={settings.pushRegion ?? null}
          options={PUSH_REGIONS}
          labels={PUSH_REGION_LABELS}
          emptyLabel="Not set"
          disabled={readOnly}
          onChange={(value) => set("pushRegion", value)}
        />
      </Section>

      <Section title="Network">
        <SettingSelect
          field="networkAccess"
          value={settings.networkAccess}
          options={NETWORK_ACCESS}
          labels={NETWORK_ACCESS_LABELS}
          disabled={readOnly}
          onChange={(value) => value && set("networkAccess", value)}
        />
        <HostListEditor
          hosts={settings.backgroundNetworkServices}
          listError={errors.backgroundNetworkServices}
          disabled={readOnly}
          onChange={(hosts) => set("backgroundNetworkServices", hosts)}
        />
        <SettingHostField field="gateway" optional value={settings.gateway ?? ""} error={errors.gateway} disabled={readOnly} onChange={(value) => set("gateway", value.trim() ? value : null)} />
      </Section>

      <Section title="Exchange">
        <SettingHostField field="ewsHost" value={settings.ewsHost} error={errors.ewsHost} disabled={readOnly} onChange={(value) => set("ewsHost", value)} />
        <SettingHostField field="activeSyncHost" value={settings.activeSyncHost} error={errors.activeSyncHost} disabled={readOnly} onChange={(value) => set("activeSyncHost", value)} />
        <SettingSwitch
          field="acceptAllSslCertificates"
          checked={settings.acceptAllSslCertificates}
          disabled={readOnly}
          onChange={(on) => set("acceptAllSslCertificates", on)}
        />
      </Section>

      <Section title="Authentication and app management">
        <SettingSelect
          field="authentication"
          value={settings.authentication}
          options={AUTHENTICATION}
          labels={AUTHENTICATION_LABELS}
          disabled={readOnly}
          onChange={(value) => value && set("authentication", value)}
        />
        <SettingSwitch field="intuneManaged" checked={settings.intuneManaged} disabled={readOnly} onChange={(on) => set("intuneManaged", on)} />
      </Section>
    </div>
  );
}
