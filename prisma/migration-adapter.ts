import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/**
 * adapter-pg 6.x cannot decode some catalog types the migration engine reads (prisma/orm#27403):
 * "char" (18), name (19), regproc (24), regclass (2205) and their arrays. Rewriting those result
 * field types to text / text[] lets the JS schema engine read them as plain strings.
 */
const AS_TEXT = new Map<number, number>([
  [18, 25],
  [19, 25],
  [24, 25],
  [2205, 25],
  [1002, 1009],
  [1003, 1009],
]);

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function rewriteCatalogTypes<T>(result: T): T {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of (part as QueryResultLike)?.fields ?? []) {
      const replacement = AS_TEXT.get(field.dataTypeID);
      if (replacement !== undefined) field.dataTypeID = replacement;
    }
  }
  return result;
}

class CatalogSafePool extends pg.Pool {
  // pg's overloads make a typed override noisy; the behaviour is "same query, patched result".
  override query(...args: unknown[]): never {
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    if (out && typeof (out as Promise<unknown>).then === "function") {
      return (out as Promise<unknown>).then(rewriteCatalogTypes) as never;
    }
    return out as never;
  }
}

type ScriptableAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * adapter-pg 6.x splits a migration script on every ";", which breaks function bodies such as
 * the audit log's append-only trigger. PostgreSQL runs a multi-statement script itself (as one
 * implicit transaction), so send it whole.
 */
function sendScriptsWhole(adapter: ScriptableAdapter): ScriptableAdapter {
  const internals = adapter as unknown as { client: pg.ClientBase; onError(error: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

/**
 * adapter-pg handed an external pool reuses the main database as the shadow database for
 * `migrate dev`. Give it a real, uniquely named shadow database instead and drop it afterwards.
 */
class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly databaseUrl: string) {
    super(new CatalogSafePool({ connectionString: databaseUrl }));
  }

  override async connect() {
    return sendScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const name = `prisma_shadow_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: this.databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();

    const shadowUrl = new URL(this.databaseUrl);
    shadowUrl.pathname = `/${name}`;
    const shadowPool = new CatalogSafePool({ connectionString: shadowUrl.toString() });
    const adapter = sendScriptsWhole(await new PrismaPg(shadowPool, { disposeExternalPool: true }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const cleanup = new pg.Client({ connectionString: this.databaseUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    };
    return adapter;
  }
}

export function createMigrationAdapter(databaseUrl: string): PrismaPg {
  return new MigrationAdapterFactory(databaseUrl);
}
