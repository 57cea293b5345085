import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db/client";
import { findProbeGroup } from "@/lib/probe-runs/find-probe-group";
import { toProbeRunView } from "@/lib/probe-runs/probe-run-view";
import { probeRunsQuerySchema } from "./contract";
import type { ProbeRunView } from "./views";

/** A group's latest connectivity tests, newest first, of one trigger when asked. Anyone who may read the group's policies may read them. */
export async function listProbeRuns(caller: Caller | null, groupId: string, query: unknown): Promise<{ runs: ProbeRunView[] }> {
  requirePermission(caller, "policy:read");
  const { limit, trigger } = parseOrThrow(probeRunsQuerySchema, query);
  const group = await findProbeGroup(groupId);
  const rows = await db().probeRun.findMany({
    where: { groupId: group.id, ...(trigger ? { trigger } : {}) },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  const now = new Date();
  return { runs: rows.map((row) => toProbeRunView(row, now)) };
}
