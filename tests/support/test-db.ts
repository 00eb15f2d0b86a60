import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { type Database, type DbKind, openDatabase } from '../../server/db/client.ts';
import { adminQuery as admin, TEMPLATE_DB, withDatabase } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the throwaway cluster (tests/support/global-postgres.ts). */
    slPostgresUrl: string;
    /** Path of the migrated PGlite data dir tarball (tests/support/global-pglite.ts). */
    slPgliteTemplate: string;
  }
}

/** Which engine the server tests run on: the server-pglite or server-postgres project (SL_TEST_DB). */
export const testDbKind: DbKind = resolveKind(process.env.SL_TEST_DB);

function resolveKind(value: string | undefined): DbKind {
  if (value === undefined || value === '' || value === 'pglite') return 'pglite';
  if (value === 'postgres') return 'postgres';
  throw new Error(`SL_TEST_DB must be "pglite" or "postgres", not "${value}"`);
}

export type TestDatabase = Database & {
  /** A name of its own, `t_<12 hex>`: on PostgreSQL the database's name. */
  name: string;
  /** PostgreSQL only: the connection URL of this database, for child processes (DATABASE_URL). */
  url?: string;
};

/**
 * A fresh, empty, migrated database for one test file, on the engine of the current project; `close()`
 * disposes of it (PostgreSQL: drops it).
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  return testDbKind === 'postgres' ? openPostgresTestDatabase(name) : openPgliteTestDatabase(name);
}

/**
 * The environment for a child process (the CLI) on this project's engine: the DATABASE_URL of a fresh
 * PostgreSQL test database, or a PGlite DATA_DIR below `dir`. `database` is that PostgreSQL database, for the
 * test to read and close; null on PGlite, whose data dir only one process may open at a time.
 */
export async function childProcessDatabase(
  dir: string,
): Promise<{ env: NodeJS.ProcessEnv; database: TestDatabase | null }> {
  if (testDbKind === 'postgres') {
    const database = await openTestDatabase();
    return { env: { ...process.env, DATABASE_URL: database.url }, database };
  }
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(dir, 'data') };
  delete env.DATABASE_URL;
  return { env, database: null };
}

let pgliteTemplate: Promise<Blob | null> | undefined;

function loadPgliteTemplate(): Promise<Blob | null> {
  pgliteTemplate ??= (async () => {
    const path: string | undefined = inject('slPgliteTemplate');
    // Outside the server-pglite project (no globalSetup) every database is initialised and migrated.
    if (!path) return null;
    return new Blob([new Uint8Array(await readFile(path))]);
  })();
  return pgliteTemplate;
}

async function openPgliteTestDatabase(name: string): Promise<TestDatabase> {
  const template = await loadPgliteTemplate();
  const pglite = template ? await PGlite.create({ loadDataDir: template }) : await PGlite.create();
  const database = await openDatabase({ pglite });
  return { ...database, name };
}

async function openPostgresTestDatabase(name: string): Promise<TestDatabase> {
  const adminUrl: string | undefined = inject('slPostgresUrl');
  if (!adminUrl) {
    throw new Error('no PostgreSQL cluster: run server tests with `vitest run --project server-postgres`');
  }
  await createFromTemplate(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  let database: Database;
  try {
    database = await openDatabase({ databaseUrl: url });
  } catch (error) {
    await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  }
  let closed: Promise<void> | undefined;
  return {
    ...database,
    name,
    url,
    close: () => {
      closed ??= (async () => {
        await database.close();
        await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      })();
      return closed;
    },
  };
}

/** CREATE DATABASE ... TEMPLATE, retried while a just-closed session still holds the template. */
async function createFromTemplate(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
      return;
    } catch (error) {
      const objectInUse = (error as { code?: unknown }).code === '55006';
      if (!objectInUse || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
