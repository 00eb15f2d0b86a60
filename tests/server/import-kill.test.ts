import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/db/client.ts';
import { queryRows } from '../../server/db/query.ts';
import { childProcessDatabase, type TestDatabase } from '../support/test-db.ts';

/**
 * An import killed with SIGKILL halfway loses nothing it acknowledged, and re-running it completes the
 * file without duplicating anything.
 */
const ORDERS = 30_000;
const dir = mkdtempSync(join(tmpdir(), 'sl-kill-'));
const file = join(dir, 'orders.jsonl');
let childEnv: NodeJS.ProcessEnv;
let testDatabase: TestDatabase | null = null;

function writeOrders(): void {
  const lines = [
    JSON.stringify({
      type: 'marketplace',
      id: 'k',
      name: 'Kill Market',
      policy: 'generic',
      currency: 'EUR',
      language: 'en',
    }),
  ];
  for (let i = 0; i < ORDERS; i++) {
    lines.push(
      JSON.stringify({
        type: 'order',
        marketplace: 'k',
        id: `o${i}`,
        seller: `s${i % 50}`,
        placedAt: '2026-10-01T10:00:00Z',
        promisedShipBy: null,
        shippedAt: null,
        deliveredAt: null,
        cancelledAt: null,
        cancelledBy: null,
        cancelReason: null,
        lost: false,
        tracking: true,
        total: '10.00',
        currency: 'EUR',
        items: [{ sku: `sku${i % 7}`, model: null, category: 'misc', qty: 1, price: '10.00' }],
      }),
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

function runImport(): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli/index.ts', 'import', file, '--ack', '--batch-size', '1000'],
    {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

async function openChildDatabase(): Promise<Database> {
  if (testDatabase) return { ...testDatabase, close: async () => {} };
  return openDatabase({ dataDir: childEnv.DATA_DIR ?? '' });
}

beforeAll(async () => {
  writeOrders();
  ({ env: childEnv, database: testDatabase } = await childProcessDatabase(dir));
});
afterAll(async () => {
  await testDatabase?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an import killed halfway', () => {
  it('keeps every acknowledged batch and completes without duplicates when run again', async () => {
    const child = runImport();
    let acknowledgedThroughLine = 0;
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const killed = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let acks = 0;
    for await (const line of lines) {
      const match = line.match(/^committed (\d+) events? through line (\d+)$/);
      if (!match) continue;
      acknowledgedThroughLine = Number(match[2]);
      acks += 1;
      if (acks === 5) {
        child.kill('SIGKILL');
        break;
      }
    }
    await killed;
    expect(acknowledgedThroughLine).toBeGreaterThan(0);
    expect(acknowledgedThroughLine).toBeLessThan(ORDERS);

    let database = await openChildDatabase();
    // Line 1 is the marketplace; line n (n >= 2) is order o(n-2).
    const stored = await queryRows<{ n: number; max: number }>(
      database.db,
      sql`SELECT count(*)::int AS n, max(substring(id from 2)::int)::int AS max FROM orders WHERE marketplace_id = 'k'`,
    );
    const acknowledged = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM orders WHERE marketplace_id = 'k' AND substring(id from 2)::int <= ${acknowledgedThroughLine - 2}`,
    );
    expect(acknowledged[0]?.n).toBe(acknowledgedThroughLine - 1);
    expect(stored[0]?.n).toBeLessThan(ORDERS);
    await database.close();

    const rerun = runImport();
    let output = '';
    rerun.stderr?.on('data', (chunk) => {
      output += String(chunk);
    });
    rerun.stdout?.resume();
    const code = await new Promise<number | null>((resolve) => rerun.on('exit', resolve));
    expect(output).toBe('');
    expect(code).toBe(0);

    database = await openChildDatabase();
    const counts = await queryRows<{ orders: number; distinct_ids: number; items: number }>(
      database.db,
      sql`SELECT (SELECT count(*) FROM orders WHERE marketplace_id = 'k')::int AS orders,
                 (SELECT count(DISTINCT id) FROM orders WHERE marketplace_id = 'k')::int AS distinct_ids,
                 (SELECT count(*) FROM order_items WHERE marketplace_id = 'k')::int AS items`,
    );
    expect(counts[0]).toEqual({ orders: ORDERS, distinct_ids: ORDERS, items: ORDERS });
    await database.close();
  }, 120_000);
});
