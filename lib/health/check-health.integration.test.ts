import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { checkHealth } from "./check-health";

describe("health", () => {
  it("reports the database up with its latency", async () => {
    const health = await checkHealth();
    expect(health).toMatchObject({ status: "ok", database: { status: "up" } });
    expect(health.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("reports a database that does not answer as down, saying why", async () => {
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:1/none", connectionTimeoutMillis: 1000 }) });
    const health = await checkHealth({ client: unreachable, timeoutMs: 2000 });
    expect(health.status).toBe("unavailable");
    expect(health.database.status).toBe("down");
    expect(health.database.error).toMatch(/reach|ECONNREFUSED|connection/i);
  });
});
