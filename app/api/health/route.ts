import { healthContract } from "@/lib/health/contract";
import { checkHealth } from "@/lib/health/check-health";
import { defineRoute, reply } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute(healthContract.check, async () => {
  const health = await checkHealth();
  if (health.status === "ok") return reply(200, health, { "cache-control": "no-store" });
  return reply(503, health, { "cache-control": "no-store", "retry-after": "5" });
});
