import { healthContract } from "@/lib/health/contract";
import { checkHealth } from "@/lib/health/check-health";
import { defineRoute, reply } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = defineRoute(healthContract.check, async () => {
  const health = await checkHealth();
  return reply(health.status === "ok" ? 200 : 503, health, { "cache-control": "no-store" });
});
