import "server-only";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import type { AlertRuleView } from "./contract";
import { RULE_INCLUDE, toRuleView } from "./rule-view";

/** Every alert rule, by name (a console has tens of rules, not thousands: no paging). */
export async function listAlertRules(caller: Caller | null): Promise<AlertRuleView[]> {
  requirePermission(caller, "alert:read");
  const rules = await db().alertRule.findMany({ include: RULE_INCLUDE, orderBy: [{ name: "asc" }, { createdAt: "asc" }] });
  return rules.map(toRuleView);
}
