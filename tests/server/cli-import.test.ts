import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/db/client.ts';
import { queryRows } from '../../server/db/query.ts';
import { childProcessDatabase, type TestDatabase } from '../support/test-db.ts';

/**
 * `import` and `evaluate` through the real CLI: a CSV saved by a spreadsheet (byte-order mark, CRLF, a review
 * that says just "null"), the summary's counts in the right plural, and the exit status of bad data.
 */
const dir = mkdtempSync(join(tmpdir(), 'sl-cli-import-'));
let env: NodeJS.ProcessEnv;
let testDatabase: TestDatabase | null = null;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}
const cli = (...args: string[]): Promise<Result> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/cli/index.ts', ...args],
      { env, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** The CLI's database, opened after the CLI has closed it. */
async function withDatabase<T>(read: (database: Database) => Promise<T>): Promise<T> {
  if (testDatabase) return read(testDatabase);
  const database = await openDatabase({ dataDir: env.DATA_DIR ?? join(dir, 'data') });
  try {
    return await read(database);
  } finally {
    await database.close();
  }
}

const marketplace = JSON.stringify({
  type: 'marketplace',
  id: 'acme',
  name: 'Acme',
  policy: 'generic',
  currency: 'EUR',
  language: 'fr',
});
const seller = JSON.stringify({
  type: 'seller',
  marketplace: 'acme',
  id: 'shop-1',
  name: 'Shop',
  country: 'FR',
  language: 'fr',
  category: 'phones',
  joinedAt: '2025-01-01T00:00:00Z',
});

beforeAll(async () => {
  ({ env, database: testDatabase } = await childProcessDatabase(dir));
}, 60_000);
afterAll(async () => {
  await testDatabase?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run cli -- import', { timeout: 120_000 }, () => {
  it('stores the good lines and exits 1 on bad data, counting "1 line rejected"; --strict: "1 bad line"', async () => {
    const path = file('bad.jsonl', `${marketplace}\n{"type":"seller","id":1}\n${seller}\n`);
    const result = await cli('import', path);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('2 events stored, 1 line rejected, 3 lines read\n1 seller re-scored\n');
    expect(result.stderr).toMatch(/^line 2: /);
    const strict = await cli('import', path, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/--strict: 1 bad line; nothing was stored\n$/);
  });

  it('stores one event and says "1 event stored" in the singular, "0 sellers" in the plural', async () => {
    const result = await cli('import', file('one.jsonl', `${marketplace}\n`), '--ack');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      // The same marketplace again changes no policy and touches no seller.
      'committed 1 event through line 1\n1 event stored, 0 lines rejected, 1 line read\n0 sellers re-scored\n',
    );
  });

  it('imports a spreadsheet CSV with a byte-order mark, and keeps a review that says just "null"', async () => {
    const csv = file(
      'reviews.csv',
      '\ufeffmarketplace,id,seller,order,createdAt,rating,text,lang,author,verified\r\n' +
        'acme,R-1,shop-1,,2026-10-12T09:00:00Z,1,null,en,Ann,true\r\n' +
        'acme,R-2,shop-1,,2026-10-13T09:00:00Z,5,,,,false\r\n',
    );
    const result = await cli('import', csv);
    expect(result).toEqual({
      code: 0,
      stdout: '2 events stored, 0 lines rejected, 3 lines read\n1 seller re-scored\n',
      stderr: '',
    });
    const rows = await withDatabase((database) =>
      queryRows<{ id: string; text: string | null; author: string | null }>(
        database.db,
        sql`SELECT id, text, author FROM reviews WHERE marketplace_id = 'acme' ORDER BY id`,
      ),
    );
    expect(rows).toEqual([
      { id: 'R-1', text: 'null', author: 'Ann' },
      { id: 'R-2', text: null, author: null },
    ]);
  });

  it('evaluates and says "1 seller evaluated"', async () => {
    const result = await cli('evaluate', '--marketplace', 'acme', '--as-of', '2026-10-31');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^seller +status/);
    expect(result.stderr).toMatch(/^1 seller evaluated in \d+ ms\n$/);
  });
});
