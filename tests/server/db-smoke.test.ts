import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/client.ts';
import { queryRows } from '../../server/db/query.ts';
import { marketplaces, orderItems, orders, sellers } from '../../server/db/schema.ts';
import type { ImportEvent } from '../../shared/events.ts';
import { applyEvents } from '../support/events.ts';
import { openTestDatabase, testDbKind } from '../support/test-db.ts';

/** Proves the harness itself: a migrated, empty database on the project's engine, with working transactions. */

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let db: Db;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const marketplace: ImportEvent = {
  type: 'marketplace',
  id: 'mkt-smoke',
  name: 'Smoke market',
  policy: 'prom',
  currency: 'UAH',
  language: 'uk',
};
const seller: ImportEvent = {
  type: 'seller',
  marketplace: 'mkt-smoke',
  id: 's1',
  name: 'Shop One',
  country: 'UA',
  language: 'uk',
  category: 'electronics',
  joinedAt: '2025-01-02T03:04:05Z',
};
const order: ImportEvent = {
  type: 'order',
  marketplace: 'mkt-smoke',
  id: 'o1',
  seller: 's1',
  placedAt: '2025-03-01T10:00:00Z',
  promisedShipBy: '2025-03-03T10:00:00Z',
  shippedAt: '2025-03-02T09:30:00Z',
  deliveredAt: null,
  cancelledAt: null,
  cancelledBy: null,
  cancelReason: null,
  lost: false,
  tracking: true,
  total: '120.00',
  currency: 'UAH',
  items: [
    { sku: 'SKU-1', model: 'Phone X', category: 'phones', qty: 1, price: '100.00' },
    { sku: 'SKU-2', model: null, category: 'accessories', qty: 2, price: '10.00' },
  ],
};

describe(`test database (${testDbKind})`, () => {
  it('runs on the engine the project asks for, in a database of its own', () => {
    expect(database.kind).toBe(testDbKind);
    expect(database.name).toMatch(/^t_[0-9a-f]{12}$/);
  });

  it('has the migrations applied and starts empty', async () => {
    const rows = await queryRows<{ table_name: string }>(
      db,
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    const tables = rows.map((r) => r.table_name);
    expect(tables).toEqual(expect.arrayContaining(['marketplaces', 'sellers', 'orders', 'order_items', 'reviews']));
    const counts = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM orders`);
    expect(counts[0]?.n).toBe(0);
  });

  it('round-trips a marketplace, a seller and an order imported by applyEvents', async () => {
    await applyEvents(db, [marketplace, seller, order]);
    // toMatchObject: columns added later (with defaults) do not break the harness's own test.

    expect(await db.select().from(marketplaces)).toMatchObject([
      {
        id: 'mkt-smoke',
        name: 'Smoke market',
        policy: 'prom',
        currency: 'UAH',
        language: 'uk',
        policyOverrides: {},
      },
    ]);
    expect(await db.select().from(sellers)).toMatchObject([
      {
        marketplaceId: 'mkt-smoke',
        id: 's1',
        name: 'Shop One',
        country: 'UA',
        language: 'uk',
        category: 'electronics',
        joinedAt: new Date('2025-01-02T03:04:05Z'),
      },
    ]);
    expect(await db.select().from(orders)).toMatchObject([
      {
        marketplaceId: 'mkt-smoke',
        id: 'o1',
        sellerId: 's1',
        placedAt: new Date('2025-03-01T10:00:00Z'),
        promisedShipBy: new Date('2025-03-03T10:00:00Z'),
        shippedAt: new Date('2025-03-02T09:30:00Z'),
        deliveredAt: null,
        cancelledAt: null,
        cancelledBy: null,
        cancelReason: null,
        lost: false,
        tracking: true,
        total: '120.00',
        currency: 'UAH',
      },
    ]);
    const items = await db
      .select()
      .from(orderItems)
      .where(and(eq(orderItems.marketplaceId, 'mkt-smoke'), eq(orderItems.orderId, 'o1')))
      .orderBy(orderItems.lineNo);
    expect(items).toMatchObject([
      {
        marketplaceId: 'mkt-smoke',
        orderId: 'o1',
        lineNo: 0,
        sellerId: 's1',
        sku: 'SKU-1',
        model: 'Phone X',
        category: 'phones',
        qty: 1,
        price: '100.00',
      },
      {
        marketplaceId: 'mkt-smoke',
        orderId: 'o1',
        lineNo: 1,
        sellerId: 's1',
        sku: 'SKU-2',
        model: null,
        category: 'accessories',
        qty: 2,
        price: '10.00',
      },
    ]);
  });

  it('rolls a transaction back when its callback throws', async () => {
    const before = await db.select().from(marketplaces);
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(marketplaces).values({
          id: 'mkt-rollback',
          name: 'Never',
          policy: 'generic',
          currency: 'EUR',
          language: 'en',
        });
        await tx.update(marketplaces).set({ name: 'Renamed' }).where(eq(marketplaces.id, 'mkt-smoke'));
        expect(await tx.select().from(marketplaces)).toHaveLength(before.length + 1);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.select().from(marketplaces)).toEqual(before);
  });
});
