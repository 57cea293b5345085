import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";

function createClient(): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_MAX, connectionTimeoutMillis: 5_000 },
    { onPoolError: (error) => logger.warn({ err: error.message }, "database pool error") },
  );
  return new PrismaClient({ adapter });
}

// One client per process; in development hot reloads would otherwise open a pool per reload.
const holder = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  holder.prisma ??= createClient();
  return holder.prisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
