import type pg from "pg";

/**
 * Runs `load` with the secondary indexes of `tables` dropped and builds them again afterwards,
 * from their own definitions: one index build is far faster than a million index insertions,
 * and the rebuilt indexes are exactly the migrations' ones. Primary keys stay.
 */
export async function withIndexesRebuilt(client: pg.Client, tables: readonly string[], load: () => Promise<void>): Promise<{ rebuildMs: number }> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relname = ANY($1::text[]) AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const { name } of rows) await client.query(`DROP INDEX ${name}`);
  await load();
  const start = performance.now();
  for (const { definition } of rows) await client.query(definition);
  return { rebuildMs: performance.now() - start };
}
