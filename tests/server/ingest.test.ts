import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/client.ts';
import { queryRows } from '../../server/db/query.ts';
import { importFile } from '../../server/ingest/import-file.ts';
import { startReaderPool } from '../../server/ingest/reader-pool.ts';
import { policyOf } from '../../server/services/quality.ts';
import type { ImportEvent } from '../../shared/events.ts';
import { policies } from '../../shared/policies/index.ts';
import { applyEvents, fixtureIngest } from '../support/events.ts';
import { openTestDatabase } from '../support/test-db.ts';

const tables = [
  'marketplaces',
  'sellers',
  'orders',
  'order_items',
  'reviews',
  'review_comments',
  'review_updates',
  'contacts',
  'complaints',
  'returns',
  'nps_answers',
  'mystery_shops',
];

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let db: Db;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());
beforeEach(async () => {
  await db.execute(sql.raw(`TRUNCATE ${tables.join(', ')}`));
});

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of tables) {
    const rows = await queryRows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
    result[table] = rows[0]?.n ?? -1;
  }
  return result;
}

async function dump(): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await queryRows<Record<string, unknown>>(db, sql.raw(`SELECT * FROM ${table} ORDER BY 1, 2, 3`));
    parts.push(JSON.stringify(rows));
  }
  return parts.join('\n');
}

async function review(id: string) {
  const rows = await queryRows<{ rating: number; text: string | null; removed: boolean; original_rating: number }>(
    db,
    sql`SELECT rating, text, removed, original_rating FROM reviews WHERE marketplace_id = 'acme' AND id = ${id}`,
  );
  return rows[0];
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sl-import-')), name);
  writeFileSync(path, content);
  return path;
}

describe('importing events', () => {
  it('stores every event of a valid file and applies the review update', async () => {
    const summary = await importFile(fixtureIngest(db), 'examples/small.jsonl');
    expect(summary).toEqual({ lines: 12, stored: 12, rejected: 0, aborted: false });
    expect(await counts()).toMatchObject({
      marketplaces: 1,
      sellers: 1,
      orders: 2,
      order_items: 2,
      reviews: 1,
      review_comments: 1,
      review_updates: 1,
      contacts: 1,
      complaints: 1,
      returns: 1,
      nps_answers: 1,
      mystery_shops: 1,
    });
    expect(await review('R-1')).toEqual({
      rating: 4,
      original_rating: 2,
      removed: false,
      text: 'La batterie tient à peine une demi-journée, décevant pour un téléphone reconditionné.',
    });
    const [order] = await queryRows<{ total: string; placed_at: unknown }>(
      db,
      sql`SELECT total::text AS total, placed_at FROM orders WHERE id = 'A-1001'`,
    );
    expect(order?.total).toBe('349.00');
    expect(new Date(order?.placed_at as string).toISOString()).toBe('2026-10-02T08:15:00.000Z');
  });

  it('leaves the planner statistics of what it imported, which PGlite would never gather itself', async () => {
    await importFile(fixtureIngest(db), 'examples/small.jsonl');
    // On PostgreSQL the tables are analyzed in two groups side by side: the largest tables land in different ones.
    for (const table of ['orders', 'reviews', 'contacts']) {
      const rows = await queryRows<{ planned: number; stored: number }>(
        db,
        sql`SELECT c.reltuples::int AS planned, (SELECT count(*)::int FROM ${sql.identifier(table)}) AS stored
          FROM pg_class c WHERE c.relname = ${table} AND c.relkind = 'r'`,
      );
      expect(rows[0]?.stored, table).toBeGreaterThan(0);
      expect(rows[0]?.planned, table).toBe(rows[0]?.stored);
    }
  });

  it('changes nothing when the same file is imported twice', async () => {
    await importFile(fixtureIngest(db), 'examples/small.jsonl');
    const first = await dump();
    await importFile(fixtureIngest(db), 'examples/small.jsonl');
    expect(await dump()).toBe(first);
  });

  it('reports each bad line with its field path and keeps the good lines around it', async () => {
    const bad: string[] = [];
    const summary = await importFile(fixtureIngest(db), 'examples/bad-lines.jsonl', {
      onBadLine: (line, m) => bad.push(`line ${line}: ${m}`),
    });
    expect(summary).toMatchObject({ lines: 8, stored: 4, rejected: 4 });
    expect(bad).toHaveLength(4);
    expect(bad[0]).toMatch(/^line 3: total: expected a decimal string/);
    expect(bad[1]).toMatch(/^line 4: rating: /);
    expect(bad[2]).toMatch(/^line 6: channel: .*; createdAt: /);
    expect(bad[3]).toMatch(/^line 7: invalid JSON/);
    expect(await counts()).toMatchObject({
      marketplaces: 1,
      sellers: 1,
      orders: 0,
      reviews: 1,
      nps_answers: 1,
      contacts: 0,
    });
  });

  it('commits a file in line order whichever reader prepared each batch, empty batches and bad lines included', async () => {
    const [marketplace, seller, order, , review, , , contact] = readFileSync('examples/small.jsonl', 'utf8').split(
      '\n',
    );
    const resent = (order ?? '').replace('"total":"349.00"', '"total":"20.00"');
    // Two lines per batch, so with two readers the order is sent in batch 1 and re-sent in batch 2 by the
    // other; batch 3 holds only blank lines; the last line has no newline.
    const lines = [marketplace, seller, order, '{"type":"nps"}', resent, review, '', '', '{not json', contact];
    const path = tempFile('mixed.jsonl', lines.join('\n'));
    const bad: string[] = [];
    const through: number[] = [];
    const summary = await importFile(fixtureIngest(db), path, {
      batchSize: 2,
      onBadLine: (line) => bad.push(`line ${line}`),
      onCommit: ({ throughLine }) => through.push(throughLine),
    });
    expect(summary).toMatchObject({ lines: 10, stored: 6, rejected: 2 });
    expect(bad).toEqual(['line 4', 'line 9']);
    expect(through).toEqual([2, 4, 6, 8, 10]);
    const [stored] = await queryRows<{ total: string }>(db, sql`SELECT total FROM orders WHERE id = 'A-1001'`);
    expect(stored?.total).toBe('20.00');
    expect(await counts()).toMatchObject({ marketplaces: 1, sellers: 1, orders: 1, reviews: 1, contacts: 1 });
  });

  it('imports one file after another through one reader pool, with fresh threads after a failed import', async () => {
    const pool = startReaderPool(2);
    try {
      expect(await importFile(fixtureIngest(db), 'examples/small.jsonl', { readers: pool })).toMatchObject({
        lines: 12,
        stored: 12,
      });
      const imported = await dump();
      // A directory fails on the reader threads, once the import has started: the error reaches the caller.
      const directory = mkdtempSync(join(tmpdir(), 'sl-not-a-file-'));
      await expect(importFile(fixtureIngest(db), directory, { readers: pool })).rejects.toThrow(/EISDIR/);
      expect(
        await importFile(fixtureIngest(db), 'examples/small.jsonl', { readers: pool, batchSize: 5 }),
      ).toMatchObject({
        lines: 12,
        stored: 12,
        rejected: 0,
      });
      expect(await dump()).toBe(imported);
      const bad: string[] = [];
      const summary = await importFile(fixtureIngest(db), 'examples/bad-lines.jsonl', {
        readers: pool,
        onBadLine: (line) => bad.push(`line ${line}`),
      });
      expect(summary).toMatchObject({ lines: 8, rejected: 4 });
      expect(bad).toEqual(['line 3', 'line 4', 'line 6', 'line 7']);
    } finally {
      await pool.close();
    }
  });

  it('stores nothing with --strict when any line is bad', async () => {
    const summary = await importFile(fixtureIngest(db), 'examples/bad-lines.jsonl', { strict: true });
    expect(summary).toMatchObject({ stored: 0, rejected: 4, aborted: true });
    expect(Object.values(await counts()).every((n) => n === 0)).toBe(true);
  });

  it('imports CSV files named after their event type, with items as JSON and empty cells as null', async () => {
    await importFile(fixtureIngest(db), 'examples/small.jsonl');
    expect(await importFile(fixtureIngest(db), 'examples/reviews.csv')).toMatchObject({ stored: 2, rejected: 0 });
    expect(await importFile(fixtureIngest(db), 'examples/orders.csv')).toMatchObject({ stored: 1, rejected: 0 });
    const rows = await queryRows<{ id: string; order_id: string | null; verified: boolean; text: string }>(
      db,
      sql`SELECT id, order_id, verified, text FROM reviews WHERE id IN ('R-100', 'R-101') ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'R-100', order_id: 'A-1001', verified: true, text: 'Livraison rapide, téléphone comme neuf.' },
      {
        id: 'R-101',
        order_id: null,
        verified: false,
        text: 'Commande annulée deux fois, "rupture de stock" sans prévenir.',
      },
    ]);
    const items = await queryRows<{ model: string }>(db, sql`SELECT model FROM order_items WHERE order_id = 'A-2001'`);
    expect(items).toEqual([{ model: 'Buds 2' }]);
  });

  it('names the line of a bad CSV row', async () => {
    const path = tempFile(
      'contacts.csv',
      'marketplace,id,seller,order,channel,createdAt,firstResponseAt,text\n' +
        'acme,M-1,shop-1,,chat,2026-10-01T10:00:00Z,,hello\n' +
        'acme,M-2,shop-1,,fax,2026-10-01T10:00:00Z,,hello\n',
    );
    const bad: string[] = [];
    const summary = await importFile(fixtureIngest(db), path, {
      onBadLine: (line, m) => bad.push(`line ${line}: ${m}`),
    });
    expect(summary).toMatchObject({ stored: 1, rejected: 1 });
    expect(bad).toEqual([expect.stringMatching(/^line 3: channel: /)]);
  });
});

describe("a marketplace's policy overrides", () => {
  const marketplaceLine = (overrides: unknown) =>
    JSON.stringify({
      type: 'marketplace',
      id: 'acme',
      name: 'Acme',
      policy: 'prom',
      currency: 'EUR',
      language: 'fr',
      ...(overrides === undefined ? {} : { policyOverrides: overrides }),
    });
  const stored = async () => {
    const [row] = await queryRows<{ overrides: unknown }>(
      db,
      sql`SELECT policy_overrides AS overrides FROM marketplaces WHERE id = 'acme'`,
    );
    return row?.overrides;
  };

  it('come in with the marketplace event, change its policy, and stay when a later event leaves them out', async () => {
    const overrides = { trial: { days: 60 }, thresholds: { defectRate: 0.04 } };
    const first = tempFile('first.jsonl', `${marketplaceLine(overrides)}\n`);
    expect(await importFile(fixtureIngest(db), first)).toMatchObject({ stored: 1, rejected: 0 });
    expect(await stored()).toEqual(overrides);
    const policy = await policyOf(db, 'acme');
    expect(policy.trial).toEqual({ ...policies.prom.trial, days: 60 });
    expect(policy.thresholds).toEqual({ ...policies.prom.thresholds, defectRate: 0.04 });

    await applyEvents(db, [JSON.parse(marketplaceLine(undefined))]);
    await applyEvents(db, [JSON.parse(marketplaceLine(null))]);
    expect(await stored()).toEqual(overrides);
    await applyEvents(db, [JSON.parse(marketplaceLine({ minOrders: 50 }))]);
    expect(await stored()).toEqual({ minOrders: 50 });
    await applyEvents(db, [JSON.parse(marketplaceLine({}))]);
    expect(await stored()).toEqual({});
    // In one batch as across batches: the later event without overrides keeps the earlier one's.
    await applyEvents(db, [JSON.parse(marketplaceLine({ minOrders: 70 })), JSON.parse(marketplaceLine(undefined))]);
    expect(await stored()).toEqual({ minOrders: 70 });
  });

  it('name the field of a bad override and keep the good lines around it', async () => {
    const path = tempFile(
      'overrides.jsonl',
      [
        marketplaceLine({ thresholds: { defectRate: 0.02 } }),
        marketplaceLine({ thresholds: { defectRate: 1.5 } }),
        marketplaceLine({ thresholds: { defectRat: 0.02 } }),
        marketplaceLine({ trial: { days: -1 } }),
      ].join('\n'),
    );
    const bad: string[] = [];
    const summary = await importFile(fixtureIngest(db), path, {
      onBadLine: (line, m) => bad.push(`line ${line}: ${m}`),
    });
    expect(summary).toMatchObject({ stored: 1, rejected: 3 });
    expect(bad).toEqual([
      expect.stringMatching(/^line 2: policyOverrides\.thresholds\.defectRate: /),
      expect.stringMatching(/^line 3: policyOverrides\.thresholds: .*defectRat/),
      expect.stringMatching(/^line 4: policyOverrides\.trial\.days: /),
    ]);
    expect(await stored()).toEqual({ thresholds: { defectRate: 0.02 } });
  });

  it('come from a CSV column as JSON, an empty cell keeping the stored ones', async () => {
    const header = 'id,name,policy,currency,language,policyOverrides\n';
    const withOverrides = tempFile('marketplaces.csv', `${header}acme,Acme,prom,EUR,fr,"{""minOrders"":40}"\n`);
    expect(await importFile(fixtureIngest(db), withOverrides)).toMatchObject({ stored: 1, rejected: 0 });
    expect(await stored()).toEqual({ minOrders: 40 });
    const empty = tempFile('marketplaces.csv', `${header}acme,Acme Market,prom,EUR,fr,\n`);
    expect(await importFile(fixtureIngest(db), empty)).toMatchObject({ stored: 1, rejected: 0 });
    expect(await stored()).toEqual({ minOrders: 40 });
    const broken = tempFile('marketplaces.csv', `${header}acme,Acme,prom,EUR,fr,{minOrders:40}\n`);
    const bad: string[] = [];
    await importFile(fixtureIngest(db), broken, { onBadLine: (line, m) => bad.push(`line ${line}: ${m}`) });
    expect(bad).toEqual(['line 2: policyOverrides: expected a JSON object']);
  });
});

describe('applying events', () => {
  const base = { marketplace: 'acme', seller: 'shop-1', order: null, lang: null, author: 'A', verified: true } as const;
  const reviewEvent = (id: string, rating: number): ImportEvent => ({
    type: 'review',
    ...base,
    id,
    createdAt: '2026-10-01T10:00:00Z',
    rating,
    text: `original ${id}`,
  });
  const update = (
    id: string,
    review: string,
    at: string,
    patch: { rating?: number; text?: string; removed?: boolean },
  ): ImportEvent => ({
    type: 'review_update',
    marketplace: 'acme',
    id,
    review,
    createdAt: at,
    rating: patch.rating ?? null,
    text: patch.text ?? null,
    removed: patch.removed ?? false,
  });

  it('stores texts with tabs, line breaks, backslashes and quotes as sent, when new and when re-sent', async () => {
    const awkward = 'Tab\there, "quoted", back\\slash \\N, {braces}\r\nsecond line — ünïcödé 你好';
    const withText = (text: string): ImportEvent => ({ ...(reviewEvent('r-text', 1) as object), text }) as ImportEvent;
    await applyEvents(db, [withText(awkward)]);
    expect(await review('r-text')).toMatchObject({ text: awkward });
    // The same key again takes the upsert path, through its staging table.
    const changed = `${awkward}\\ and more`;
    await applyEvents(db, [withText(changed)]);
    expect(await review('r-text')).toMatchObject({ text: changed });
    const [labels] = await queryRows<{ reasons: string[] }>(
      db,
      sql`SELECT reasons FROM reviews WHERE marketplace_id = 'acme' AND id = 'r-text'`,
    );
    expect(Array.isArray(labels?.reasons)).toBe(true);
  });

  it('applies review updates whichever arrives first, latest update winning per field', async () => {
    await applyEvents(db, [
      update('u2', 'r1', '2026-10-05T00:00:00Z', { text: 'edited after the refund' }),
      update('u1', 'r1', '2026-10-03T00:00:00Z', { rating: 4 }),
    ]);
    expect(await review('r1')).toBeUndefined();
    await applyEvents(db, [reviewEvent('r1', 1)]);
    expect(await review('r1')).toEqual({
      rating: 4,
      original_rating: 1,
      text: 'edited after the refund',
      removed: false,
    });
    await applyEvents(db, [update('u3', 'r1', '2026-10-06T00:00:00Z', { removed: true })]);
    expect(await review('r1')).toMatchObject({ rating: 4, removed: true });
    // Re-importing the original review keeps the updates applied.
    await applyEvents(db, [reviewEvent('r1', 1)]);
    expect(await review('r1')).toMatchObject({ rating: 4, removed: true });
  });

  it("gives comments that arrive before their review the review's seller", async () => {
    await applyEvents(db, [
      {
        type: 'review_comment',
        marketplace: 'acme',
        id: 'c1',
        review: 'r9',
        createdAt: '2026-10-02T00:00:00Z',
        text: 'Sorry!',
      },
    ]);
    await applyEvents(db, [reviewEvent('r9', 2)]);
    const rows = await queryRows<{ seller_id: string }>(db, sql`SELECT seller_id FROM review_comments WHERE id = 'c1'`);
    expect(rows).toEqual([{ seller_id: 'shop-1' }]);
  });

  it('updates an order and replaces its items when the same order id comes again', async () => {
    const order = (shippedAt: string | null, skus: string[]) => orderEvent('o1', skus, { shippedAt });
    await applyEvents(db, [order(null, ['a', 'b'])]);
    await applyEvents(db, [order('2026-10-02T10:00:00Z', ['c'])]);
    const orders = await queryRows<{ shipped: boolean }>(db, sql`SELECT shipped_at IS NOT NULL AS shipped FROM orders`);
    const items = await queryRows<{ sku: string }>(db, sql`SELECT sku FROM order_items ORDER BY line_no`);
    expect(orders).toEqual([{ shipped: true }]);
    expect(items).toEqual([{ sku: 'c' }]);
  });

  it('replaces the lines of an order that comes again with more of them, next to a new order', async () => {
    await applyEvents(db, [orderEvent('o1', ['a'])]);
    await applyEvents(db, [orderEvent('o1', ['b', 'c', 'd']), orderEvent('o2', ['e'])]);
    // The same new order from two imports at once: whichever commits last, one set of lines remains.
    await Promise.all([
      applyEvents(db, [orderEvent('o3', ['f', 'g'])]),
      applyEvents(db, [orderEvent('o3', ['h', 'i'])]),
    ]);
    const items = await queryRows<{ order_id: string; line_no: number; sku: string }>(
      db,
      sql`SELECT order_id, line_no, sku FROM order_items ORDER BY order_id, line_no`,
    );
    expect(items.filter((i) => i.order_id !== 'o3')).toEqual([
      { order_id: 'o1', line_no: 0, sku: 'b' },
      { order_id: 'o1', line_no: 1, sku: 'c' },
      { order_id: 'o1', line_no: 2, sku: 'd' },
      { order_id: 'o2', line_no: 0, sku: 'e' },
    ]);
    expect([
      ['f', 'g'],
      ['h', 'i'],
    ]).toContainEqual(items.filter((i) => i.order_id === 'o3').map((i) => i.sku));
  });

  it('writes each row once when a batch holds new orders on both sides of one stored already', async () => {
    await applyEvents(db, [orderEvent('o5', ['a'])]);
    // o4 is inserted before o5's duplicate key is met: the batch falls back to its upsert, and o4 exists once.
    await applyEvents(db, [
      orderEvent('o4', ['b']),
      orderEvent('o5', ['c', 'd'], { shippedAt: '2026-10-02T10:00:00Z' }),
      orderEvent('o6', ['e']),
    ]);
    const orders = await queryRows<{ id: string; shipped: boolean }>(
      db,
      sql`SELECT id, shipped_at IS NOT NULL AS shipped FROM orders ORDER BY id`,
    );
    const items = await queryRows<{ order_id: string; sku: string }>(
      db,
      sql`SELECT order_id, sku FROM order_items ORDER BY order_id, line_no`,
    );
    expect(orders).toEqual([
      { id: 'o4', shipped: false },
      { id: 'o5', shipped: true },
      { id: 'o6', shipped: false },
    ]);
    expect(items.map((i) => `${i.order_id}:${i.sku}`)).toEqual(['o4:b', 'o5:c', 'o5:d', 'o6:e']);
  });

  it('keeps the last of several events with the same key in one batch', async () => {
    await applyEvents(db, [reviewEvent('r5', 1), reviewEvent('r5', 3)]);
    expect(await review('r5')).toMatchObject({ rating: 3 });
  });
});

/** An order of shop-1 on acme with one line per sku. */
function orderEvent(id: string, skus: string[], overrides: { shippedAt?: string | null } = {}): ImportEvent {
  return {
    type: 'order',
    marketplace: 'acme',
    id,
    seller: 'shop-1',
    placedAt: '2026-10-01T10:00:00Z',
    promisedShipBy: null,
    shippedAt: overrides.shippedAt ?? null,
    deliveredAt: null,
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    lost: false,
    tracking: true,
    total: '10.00',
    currency: 'EUR',
    items: skus.map((sku) => ({ sku, price: '1.00', model: null, category: 'misc', qty: 1 })),
  };
}
