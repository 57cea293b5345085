import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";

type Holder = { prisma?: PrismaClient; pool?: pg.Pool };
// One pool and one client per process; in development hot reloads would otherwise open a pool per reload.
const holder = globalThis as unknown as Holder;

/**
 * The process's connection pool. Prisma runs on it, and the few hot paths that are one
 * hand-written statement (event ingestion) use it directly, without Prisma's per-query overhead.
 */
export function sqlPool(): pg.Pool {
  if (!holder.pool) {
    holder.pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_MAX, connectionTimeoutMillis: 5_000 });
    holder.pool.on("error", (error) => logger.warn({ err: error.message }, "database pool error"));
  }
  return holder.pool;
}

export function db(): PrismaClient {
  holder.prisma ??= new PrismaClient({ adapter: new PrismaPg(sqlPool()) });
  return holder.prisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
