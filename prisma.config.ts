import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./prisma/migration-adapter";

// Prisma 6.19 with no native engines: the JS schema engine drives migrations through adapter-pg.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return createMigrationAdapter(requireDatabaseUrl());
  },
});

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: prisma migrate needs the database to migrate");
  return url;
}
