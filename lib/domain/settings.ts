import { z } from "zod";

/** Group-level settings that rich push depends on (DESIGN.md §2.1). Shared by forms, API, CLI and engine. */
export const NETWORK_ACCESS = ["unrestricted", "tunnel_to_internal_network", "blocked"] as const;
export const LOCK_SCREEN = ["allow", "email_sender_or_event_title", "count_only", "block"] as const;
export const AUTHENTICATION = ["password", "client_certificate", "modern_auth_o365"] as const;
export const PUSH_REGIONS = ["americas", "emea", "apac"] as const;

export type NetworkAccess = (typeof NETWORK_ACCESS)[number];
export type LockScreenPolicy = (typeof LOCK_SCREEN)[number];
export type Authentication = (typeof AUTHENTICATION)[number];
export type PushRegion = (typeof PUSH_REGIONS)[number];

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** A DNS name or IPv4 address, optionally with one trailing dot. */
export function isValidHostName(host: string): boolean {
  const bare = host.endsWith(".") ? host.slice(0, -1) : host;
  if (bare.length === 0 || bare.length > 253) return false;
  const ip = IPV4.exec(bare);
  if (ip) return ip.slice(1).every((octet) => Number(octet) <= 255);
  return bare.split(".").every((label) => HOST_LABEL.test(label));
}

function isValidPort(text: string): boolean {
  if (!/^\d{1,5}$/.test(text)) return false;
  const port = Number(text);
  return port >= 1 && port <= 65535;
}

/** `host:port` with an explicit port, as Background network services requires. */
export const hostPortSchema = z
  .string()
  .trim()
  .refine((value) => {
    const at = value.lastIndexOf(":");
    return at > 0 && isValidHostName(value.slice(0, at)) && isValidPort(value.slice(at + 1));
  }, { error: (issue) => `${JSON.stringify(issue.input)} must be host:port` });

/** `host` or `host:port` (port defaults to 443), as the Exchange host settings allow. */
export const hostOptionalPortSchema = z
  .string()
  .trim()
  .refine((value) => {
    const at = value.lastIndexOf(":");
    if (at === -1) return isValidHostName(value);
    return at > 0 && isValidHostName(value.slice(0, at)) && isValidPort(value.slice(at + 1));
  }, { error: (issue) => `${JSON.stringify(issue.input)} must be host or host:port` });

export const groupSettingsSchema = z.object({
  pushNotifications: z.boolean(),
  networkAccess: z.enum(NETWORK_ACCESS),
  backgroundNetworkServices: z.array(hostPortSchema).max(200),
  /** Citrix Gateway the app tunnels through (SOCKS5 inside TLS); optional for the checker. */
  gateway: hostOptionalPortSchema.nullable().optional(),
  ewsHost: hostOptionalPortSchema,
  activeSyncHost: hostOptionalPortSchema,
  lockScreenNotifications: z.enum(LOCK_SCREEN),
  authentication: z.enum(AUTHENTICATION),
  intuneManaged: z.boolean(),
  acceptAllSslCertificates: z.boolean().optional().default(false),
  pushRegion: z.enum(PUSH_REGIONS).nullable().optional(),
});
export type GroupSettings = z.output<typeof groupSettingsSchema>;
export type GroupSettingsInput = z.input<typeof groupSettingsSchema>;

/** Per-user facts that settle the rules unknown at group level (`mail-notifications`, `derived-credentials`). */
export const deviceFactsSchema = z.object({
  mailNotificationsEnabled: z.boolean().optional(),
  derivedCredentials: z.boolean().optional(),
});
export type DeviceFacts = z.output<typeof deviceFactsSchema>;

/** What the engine evaluates: the group's settings, optionally narrowed by one user's device facts. */
export const evaluationInputSchema = groupSettingsSchema.extend(deviceFactsSchema.shape);
export type EvaluationInput = z.output<typeof evaluationInputSchema>;

/** A new group starts from the product defaults (*(field)* values of DESIGN.md §2.1). */
export const DEFAULT_GROUP_SETTINGS: GroupSettings = {
  pushNotifications: false,
  networkAccess: "tunnel_to_internal_network",
  backgroundNetworkServices: [],
  gateway: null,
  ewsHost: "mail.example.com",
  activeSyncHost: "mail.example.com",
  lockScreenNotifications: "allow",
  authentication: "password",
  intuneManaged: false,
  acceptAllSslCertificates: false,
  pushRegion: null,
};

export const SETTING_LABELS: Record<keyof GroupSettings, string> = {
  pushNotifications: "Push notifications",
  networkAccess: "Network access",
  backgroundNetworkServices: "Background network services",
  gateway: "Gateway",
  ewsHost: "EWS host",
  activeSyncHost: "ActiveSync host",
  lockScreenNotifications: "Control locked screen notifications",
  authentication: "Authentication",
  intuneManaged: "Managed through Intune/EMS integration",
  acceptAllSslCertificates: "Accept all SSL certificates",
  pushRegion: "Push notification region",
};
