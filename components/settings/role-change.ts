import { PERMISSIONS, permissionsOf, type Permission, type Role } from "@/lib/auth/permissions";

/** What a role change grants and takes away, from the role table (the dialog says it before saving). */
export function roleChangeEffect(from: Role, to: Role): { gained: Permission[]; lost: Permission[] } {
  const before = new Set(permissionsOf(from));
  const after = new Set(permissionsOf(to));
  return {
    gained: PERMISSIONS.filter((p) => after.has(p) && !before.has(p)),
    lost: PERMISSIONS.filter((p) => before.has(p) && !after.has(p)),
  };
}
