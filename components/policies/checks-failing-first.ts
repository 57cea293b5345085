import type { Check } from "@/lib/domain/prerequisites";

// What needs action first (failures, then warnings), then what depends on the user, then the settled ones.
const RANK: Record<Check["status"], number> = { fail: 0, warn: 1, unknown: 2, pass: 3, not_applicable: 4 };

/** The checks in the order an admin acts on them; within a status, the rules keep their registry order. */
export function checksFailingFirst(checks: readonly Check[]): Check[] {
  return checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => RANK[a.check.status] - RANK[b.check.status] || a.index - b.index)
    .map(({ check }) => check);
}
