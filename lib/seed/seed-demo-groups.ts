import "server-only";
import { db } from "@/lib/db/client";
import { insertGroup } from "@/lib/policies/insert-group";
import { POLICY_TRANSACTION } from "@/lib/policies/policy-write";
import { DEMO_GROUPS } from "./demo-groups";

export { DEMO_GROUPS } from "./demo-groups";

/** Demo delivery groups for an empty console, each at version 1 with its first revision and audit entry. */
export async function seedDemoGroups(): Promise<{ id: string; name: string }[]> {
  return db().$transaction(async (tx) => {
    const created: { id: string; name: string }[] = [];
    for (const group of DEMO_GROUPS) {
      const { id } = await insertGroup(tx, { ...group, comment: "Demo data", action: "policy.create", actor: null, context: {} });
      created.push({ id, name: group.name });
    }
    return created;
  }, POLICY_TRANSACTION);
}
