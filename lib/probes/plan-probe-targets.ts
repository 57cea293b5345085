import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import type { GroupSettings } from "@/lib/domain/settings";
import type { HostPort, ProbeTarget } from "@/lib/probes/types";

/** Pure: runs in the browser too, so the UI can list what a test will contact before it starts. */

const DEFAULT_PORT = 443;

/** `host` or `host:port` (already validated by the settings schema) in normal form: lower case, no trailing dot. */
export function parseTargetHost(value: string): HostPort {
  const text = value.trim();
  const colon = text.lastIndexOf(":");
  const hostPart = colon === -1 ? text : text.slice(0, colon);
  const port = colon === -1 ? DEFAULT_PORT : Number(text.slice(colon + 1));
  const host = (hostPart.endsWith(".") ? hostPart.slice(0, -1) : hostPart).toLowerCase();
  return { host, port };
}

function sameEndpoint(a: HostPort, b: HostPort): boolean {
  return a.host === b.host && a.port === b.port;
}

type TargetSettings = Pick<GroupSettings, "gateway" | "ewsHost" | "activeSyncHost" | "pushRegion">;

/**
 * The hosts a connectivity test contacts: only hosts named in the group's settings, on their
 * configured ports. The gateway's SOCKS5 CONNECT asks for the EWS host, as the app's tunnel does.
 */
export function planProbeTargets(settings: TargetSettings): ProbeTarget[] {
  const ews = parseTargetHost(settings.ewsHost);
  const targets: ProbeTarget[] = [];

  if (settings.gateway) targets.push({ kind: "gateway", ...parseTargetHost(settings.gateway), tunnelTo: ews });
  targets.push({ kind: "ews", ...ews });

  const activeSync = parseTargetHost(settings.activeSyncHost);
  if (!sameEndpoint(activeSync, ews)) targets.push({ kind: "activesync", ...activeSync });

  if (settings.pushRegion) {
    targets.push({ kind: "push_registration", ...parseTargetHost(PUSH_REGISTRATION_HOSTS[settings.pushRegion]) });
  }
  return targets;
}
