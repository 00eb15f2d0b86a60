import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Db } from './client.ts';
import { isPglite, queryPglitePrepared } from './pglite-prepared.ts';

/** Runs raw SQL and returns its rows; PGlite and node-postgres both answer with `{ rows }`. */
export async function queryRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as { rows: Row[] };
  return result.rows;
}

interface DrizzleInternals {
  dialect: PgDialect;
  session: {
    client: unknown;
    prepareQuery(
      query: { sql: string; params: unknown[] },
      fields: undefined,
      name: string,
      arrayMode: boolean,
    ): { execute(): Promise<unknown> };
  };
}

/**
 * The same as a named prepared statement, for hot statements whose planning costs as much as their run (one
 * seller's counts: ~3 ms to plan, ~2.5 ms to run; a marketplace's state and a snapshot's upsert, ~0.7 ms
 * each). The name is derived from the text; PostgreSQL keeps the plan per connection, PGlite per instance.
 * Inside a PGlite transaction it runs as an ordinary query.
 */
export async function queryRowsPrepared<Row>(db: Db, query: SQL): Promise<Row[]> {
  const { dialect, session } = db as unknown as DrizzleInternals;
  const built = dialect.sqlToQuery(query);
  const name = `sl_${createHash('sha1').update(built.sql).digest('base64url').slice(0, 24)}`;
  if (isPglite(session.client)) {
    // Errors take drizzle's shape, as on node-postgres: the query and its parameters, the cause inside.
    return queryPglitePrepared<Row>(session.client, name, built.sql, built.params).catch((cause: unknown) => {
      throw new DrizzleQueryError(built.sql, built.params, cause as Error);
    });
  }
  const result = (await session.prepareQuery(built, undefined, name, false).execute()) as { rows: Row[] };
  return result.rows;
}

/** Whether independent statements run side by side: a PostgreSQL pool's connections do, PGlite runs one at a time. */
export function runsSideBySide(db: Db): boolean {
  return (db as unknown as DrizzleInternals).session.client instanceof pg.Pool;
}
