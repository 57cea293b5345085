import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { migrateDeploy } from "../scripts/lib/migrate";
import { prepareTestDatabase } from "./support/prepare-test-database";

/**
 * Integration tests run on a real database: PostgreSQL when TEST_DATABASE_URL is set, else an
 * in-memory PGlite served on loopback. Either way the committed migrations are applied first.
 */
let embedded: EmbeddedPostgres | null = null;

export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let dropDatabase: (() => Promise<void>) | null = null;
  if (url) {
    ({ url, drop: dropDatabase } = await prepareTestDatabase(url));
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: null, port: 54000 + Math.floor(Math.random() * 900) });
    url = embedded.url;
  }
  await migrateDeploy(url);
  project.provide("databaseUrl", url);
  project.provide("embeddedDatabase", embedded !== null);
  return async () => {
    await embedded?.stop();
    await dropDatabase?.();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    embeddedDatabase: boolean;
  }
}
