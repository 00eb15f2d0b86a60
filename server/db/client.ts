import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The one database type the rest of the server sees, whichever engine is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DbKind;
  close(): Promise<void>;
}

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** PostgreSQL by URL, PGlite in a data directory (`sharedBuffers`: its buffer pool, e.g. "512MB"), or a PGlite. */
export type DatabaseConfig = { databaseUrl: string } | { dataDir: string; sharedBuffers?: string } | { pglite: PGlite };

/**
 * PGlite's buffer pool on a data directory. PostgreSQL's 128 MB default held a fraction of a 10,000-seller
 * marketplace (~700 MB): with 512 MB the full-size import ran at 29.4k instead of 21.7k events/s and one
 * seller's re-evaluation in 7.8 instead of 12.7 ms (bench, same hour). Memory is touched only as pages are read.
 */
export const defaultPgliteSharedBuffers = '512MB';

/** Opens PGlite (data dir or a given instance) or PostgreSQL, and applies the migrations. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if ('databaseUrl' in config) return openPostgres(config.databaseUrl);
  const client = 'pglite' in config ? config.pglite : await createPglite(config.dataDir, config.sharedBuffers);
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    close: () => client.close(),
  };
}

async function createPglite(dataDir: string, sharedBuffers = defaultPgliteSharedBuffers): Promise<PGlite> {
  if (dataDir === 'memory://') return PGlite.create();
  mkdirSync(dataDir, { recursive: true });
  // PGlite runs with fsync off, so full-page images in the WAL guard against nothing it can survive (a torn
  // page needs an OS crash, which unsynced writes do not survive either); a killed process loses nothing.
  // Without them a bulk import writes a fraction of the WAL: 1.63M events in 70 s instead of 92 s.
  const settings = { full_page_writes: 'off', shared_buffers: sharedBuffers };
  const startParams = Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
  return PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, ...startParams] });
}

async function openPostgres(url: string): Promise<Database> {
  // JIT compilation makes the evaluation's large aggregates ~2x slower once their plan cost passes 500k.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
  pool.on('error', (error) => console.error('postgres pool error:', error.message));
  const db = drizzlePg(pool, { schema });
  await migratePg(db, { migrationsFolder });
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    close: () => pool.end(),
  };
}
