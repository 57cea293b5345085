import type pg from "pg";
import type { Db } from "pg-boss";

/**
 * pg-boss's `db` option: its SQL runs through the app's own pool instead of a pool of its own.
 * On the embedded database (one session, DATABASE_POOL_MAX=1) this is what makes the queue fit:
 * pg-boss never opens a second connection, its statements queue on the one pooled connection
 * between the app's. pg-boss sends each transaction as one multi-statement string without
 * parameters, so a pooled `query` runs it whole on one connection.
 */
export function poolDatabase(pool: pg.Pool): Db {
  return {
    async executeSql(text, values) {
      // A multi-statement string answers with one result per statement: pg-boss wants their rows.
      const result: pg.QueryResult | pg.QueryResult[] = await pool.query(text, values);
      return { rows: Array.isArray(result) ? result.flatMap((part) => part.rows ?? []) : result.rows };
    },
  };
}
