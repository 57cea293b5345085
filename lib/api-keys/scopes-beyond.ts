import type { Permission } from "@/lib/auth/permissions";

/** The requested scopes the holder lacks, with their index in the request (for the field name). */
export function scopesBeyond(held: readonly Permission[], requested: readonly Permission[]): { index: number; scope: Permission }[] {
  return requested.flatMap((scope, index) => (held.includes(scope) ? [] : [{ index, scope }]));
}
