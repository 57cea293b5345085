/** The permission catalogue and the role table. Routes ask for permissions, never for roles. */
export const PERMISSIONS = [
  "policy:read",
  "policy:write",
  "directory:read",
  "probe:run",
  "audit:read",
  "account:manage",
  "token:manage",
  "alert:read",
  "alert:manage",
  "api_key:manage",
  /** Alert channels (webhooks, email): create, change, delete, send tests, read their delivery logs. */
  "alert_channel:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ["admin", "helpdesk", "auditor"] as const;
export type Role = (typeof ROLES)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  // Alerts are read by every role: helpdesk staff learn that a group is failing before the calls
  // come in, auditors see what fired and when. Only admins manage the rules.
  helpdesk: ["policy:read", "directory:read", "probe:run", "alert:read"],
  auditor: ["audit:read", "policy:read", "directory:read", "alert:read"],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", helpdesk: "Helpdesk", auditor: "Auditor" };

/** What each permission lets its holder do, in words (the API key scope checkboxes show them). */
export const PERMISSION_LABELS: Record<Permission, string> = {
  "policy:read": "Read delivery groups and their settings",
  "policy:write": "Change delivery groups and their settings",
  "directory:read": "Search users, read their devices, timeline and diagnosis",
  "probe:run": "Run connectivity probes",
  "audit:read": "Read the audit log",
  "account:manage": "Manage console accounts",
  "token:manage": "Manage ingestion tokens",
  "alert:read": "Read alerts and alert rules",
  "alert:manage": "Manage alert rules",
  "api_key:manage": "Manage API keys",
  "alert_channel:manage": "Manage alert channels (webhooks, email) and read their delivery logs",
};
