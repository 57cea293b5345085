/** The permission catalogue and the role table. Routes ask for permissions, never for roles. */
export const PERMISSIONS = [
  "policy:read",
  "policy:write",
  "directory:read",
  "probe:run",
  "audit:read",
  "account:manage",
  "token:manage",
  /** Alert channels (webhooks, email): create, change, delete, send tests, read their delivery logs. */
  "alert_channel:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ["admin", "helpdesk", "auditor"] as const;
export type Role = (typeof ROLES)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  helpdesk: ["policy:read", "directory:read", "probe:run"],
  auditor: ["audit:read", "policy:read", "directory:read"],
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
