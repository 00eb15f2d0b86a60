import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { ImportEvent } from '../../shared/events.ts';
import type { Db } from '../db/client.ts';
import { queryRows } from '../db/query.ts';
import { Ingest, noRescoring } from '../ingest/ingest.ts';
import { generateDemoEvents } from './generate.ts';
import { createDemoUsers, type DemoUser } from './users.ts';

export interface DemoLoadOptions {
  sellers: number;
  seed: number;
  asOf: Date;
  /** Where the demo users' tokens are kept so that later starts can print them again. */
  tokensFile: string;
  onProgress?: (events: number) => void;
}

export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM marketplaces`);
  return (rows[0]?.n ?? 0) === 0;
}

/** Loads the deterministic demo marketplace into an empty database and creates the demo users. */
export async function loadDemo(db: Db, options: DemoLoadOptions): Promise<DemoUser[]> {
  // A new marketplace is evaluated in full once loaded (the server's daily run on start, or the caller), so
  // re-scoring each batch's sellers against a marketplace half loaded would be wasted work.
  const ingest = new Ingest(db, noRescoring);
  const sellerIds: string[] = [];
  let batch: ImportEvent[] = [];
  let total = 0;
  for (const event of generateDemoEvents(options)) {
    if (event.type === 'seller') sellerIds.push(event.id);
    batch.push(event);
    if (batch.length >= 5_000) {
      await ingest.events(batch);
      total += batch.length;
      options.onProgress?.(total);
      batch = [];
    }
  }
  if (batch.length) await ingest.events(batch);
  options.onProgress?.(total + batch.length);
  const users = await createDemoUsers(db, sellerIds);
  saveDemoUsers(options.tokensFile, users);
  return users;
}

export function saveDemoUsers(file: string, users: DemoUser[]): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(users, null, 2)}\n`, { mode: 0o600 });
}

export function readDemoUsers(file: string): DemoUser[] | null {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as DemoUser[];
}
