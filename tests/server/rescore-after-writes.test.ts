import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { type Database, openDatabase } from '../../server/db/client.ts';
import { createUserWithToken } from '../../server/db/users.ts';
import { loadDemo } from '../../server/demo/load.ts';
import { appRouter } from '../../server/routers/index.ts';
import { endOfDay, evaluateAll } from '../../server/services/quality.ts';
import { sellerUnresolved } from '../../server/services/reviews.ts';
import { createCallerFactory, createContext } from '../../server/trpc.ts';
import { childProcessDatabase, openTestDatabase, type TestDatabase } from '../support/test-db.ts';

/**
 * Every writer goes through the one ingest path, which re-scores what it touched: after a CLI import or a
 * reply in the demo admin, `scores.forSeller` shows the change without anyone running `evaluate`.
 */
const run = promisify(execFile);
const today = new Date().toISOString().slice(0, 10);
const shop = { marketplace: 'demo', seller: 's-steady' };

async function scoresAsAdmin(database: Database) {
  const admin = await createUserWithToken(database.db, { name: `Admin ${Math.random()}`, role: 'admin' });
  const ctx = await createContext(database.db, database.kind, `Bearer ${admin.token}`);
  return createCallerFactory(appRouter)(ctx).scores.forSeller(shop);
}

describe('a CLI import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-rescore-'));
  let postgres: TestDatabase | null = null;
  afterAll(async () => {
    await postgres?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('re-scores the sellers it touched before it exits', async () => {
    const child = await childProcessDatabase(dir);
    postgres = child.database;
    const cli = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'server/cli/index.ts', ...args], { env: child.env });
    // PGlite's data dir is open in one process at a time: the test opens it only between CLI runs.
    const open = async () => postgres ?? (await openDatabase({ dataDir: join(dir, 'data') }));
    const close = async (database: Database) => {
      if (database !== postgres) await database.close();
    };

    const demo = join(dir, 'demo.jsonl');
    await cli('demo-data', '--sellers', '8', '--seed', '3', '--as-of', today, '--out', demo);
    const first = await cli('import', demo);
    expect(first.stdout).toMatch(/\b8 sellers re-scored/);

    let database = await open();
    const before = await scoresAsAdmin(database);
    await close(database);

    const review = {
      type: 'review',
      marketplace: 'demo',
      id: 'r-after-import',
      seller: 's-steady',
      order: null,
      createdAt: new Date(Date.now() - 3_600_000).toISOString(),
      rating: 1,
      text: 'Nobody answers my messages and the parcel never came.',
      lang: 'en',
      author: 'Late buyer',
      verified: true,
    };
    const file = join(dir, 'one-review.jsonl');
    writeFileSync(file, `${JSON.stringify(review)}\n`);
    const second = await cli('import', file);
    expect(second.stdout).toMatch(/\b1 seller re-scored/);

    database = await open();
    const after = await scoresAsAdmin(database);
    await close(database);
    expect(after.unresolvedNegatives).toBe(before.unresolvedNegatives + 1);
    expect(after.reviews).toBe(before.reviews + 1);
  }, 240_000);
});

describe('a reply posted in the demo admin', () => {
  let database: TestDatabase;
  afterAll(() => database?.close());

  it('counts the review as resolved in the seller scores at once', async () => {
    database = await openTestDatabase();
    const asOf = new Date(`${today}T00:00:00Z`);
    await loadDemo(database.db, { sellers: 8, seed: 3, asOf, tokensFile: '/dev/null' });
    await evaluateAll(database.db, { asOf: endOfDay(new Date()) });
    const before = await scoresAsAdmin(database);
    const unresolved = await sellerUnresolved(database.db, shop, new Date());
    const newest = unresolved.reduce((a, b) => (a.createdAt > b.createdAt ? a : b));

    const app = createApp(database);
    const response = await app.request(`/demo/admin/demo/s-steady/reviews/${encodeURIComponent(newest.id)}/reply`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ text: 'We are sorry: we have called you and sent the missing part today.' }),
    });
    expect(response.status).toBe(303);

    const after = await scoresAsAdmin(database);
    expect(after.unresolvedNegatives).toBe(before.unresolvedNegatives - 1);
  }, 120_000);
});
