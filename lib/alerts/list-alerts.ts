import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { alertsQuerySchema, type AlertView } from "./contract";
import { ALERT_INCLUDE, toAlertView } from "./alert-view";

/** Alerts shown at most; the firing ones come first, so a long resolved history never hides them. */
export const ALERTS_SHOWN = 200;

/** Alerts, firing first then newest, each with its history; `state` keeps one state only. */
export async function listAlerts(caller: Caller | null, query: unknown): Promise<AlertView[]> {
  requirePermission(caller, "alert:read");
  const { state } = parseOrThrow(alertsQuerySchema, query);
  const alerts = await db().alert.findMany({
    where: state ? { state } : {},
    include: ALERT_INCLUDE,
    // "firing" sorts before "resolved".
    orderBy: [{ state: "asc" }, { firedAt: "desc" }, { id: "asc" }],
    take: ALERTS_SHOWN,
  });
  return alerts.map(toAlertView);
}
