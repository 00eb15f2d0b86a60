import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserWithToken } from '../../server/db/users.ts';
import { appRouter } from '../../server/routers/index.ts';
import { createCallerFactory, createContext } from '../../server/trpc.ts';
import type { ImportEvent } from '../../shared/events.ts';
import { applyEvents } from '../support/events.ts';
import { openTestDatabase } from '../support/test-db.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
const makeCaller = createCallerFactory(appRouter);
let caller: ReturnType<typeof makeCaller>;
const shop = { marketplace: 'm', seller: 's1' };
const recent = new Date(Date.now() - 5 * 86_400_000).toISOString();

function order(id: string, category: string, model: string): ImportEvent {
  return {
    type: 'order',
    marketplace: 'm',
    id,
    seller: 's1',
    placedAt: recent,
    promisedShipBy: null,
    shippedAt: recent,
    deliveredAt: recent,
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    lost: false,
    tracking: true,
    total: '100.00',
    currency: 'EUR',
    items: [{ sku: `${model}-sku`, model, category, qty: 2, price: '50.00' }],
  };
}
const review = (id: string, rating: number): ImportEvent => ({
  type: 'review',
  marketplace: 'm',
  id,
  seller: 's1',
  order: null,
  createdAt: recent,
  rating,
  text: 'x',
  lang: 'en',
  author: 'a',
  verified: true,
});

beforeAll(async () => {
  database = await openTestDatabase();
  await applyEvents(database.db, [
    { type: 'marketplace', id: 'm', name: 'M', policy: 'generic', currency: 'EUR', language: 'en' },
    {
      type: 'seller',
      marketplace: 'm',
      id: 's1',
      name: 'Shop',
      country: 'FR',
      language: 'fr',
      category: 'electronics',
      joinedAt: '2025-01-01T00:00:00Z',
    },
    order('o1', 'phones', 'Galaxy S10'),
    order('o2', 'accessories', 'Cable'),
    review('r1', 1),
    review('r2', 2),
    review('r3', 1),
    review('r4', 5),
  ]);
  await database.db.execute(
    sql`UPDATE reviews SET reasons = ARRAY['out_of_stock', 'slow_communication'] WHERE id = 'r1'`,
  );
  await database.db.execute(sql`UPDATE reviews SET reasons = ARRAY['price_changed'] WHERE id = 'r2'`);
  const { token } = await createUserWithToken(database.db, { name: 'Seller', role: 'seller', shops: [shop] });
  caller = makeCaller(await createContext(database.db, database.kind, `Bearer ${token}`));
});
afterAll(() => database.close());

describe('after-sales strategy per category', () => {
  it('recommends the default quadrant per category until the seller sets its own costs', async () => {
    expect(await caller.strategies.forSeller(shop)).toEqual([
      {
        category: 'accessories',
        units: 2,
        faults: 0,
        repairCost: 0.1,
        failureCost: 0.1,
        source: 'default',
        strategy: 'disposable',
      },
      {
        category: 'phones',
        units: 2,
        faults: 0,
        repairCost: 0.6,
        failureCost: 0.4,
        source: 'default',
        strategy: 'repairable',
      },
    ]);
    await caller.strategies.set({ ...shop, category: 'phones', repairCost: 0.3, failureCost: 0.9 });
    const phones = (await caller.strategies.forSeller(shop)).find((c) => c.category === 'phones');
    expect(phones).toMatchObject({ source: 'seller', strategy: 'quick_response', repairCost: 0.3, failureCost: 0.9 });
  });

  it('refuses costs outside 0–1, naming the field', async () => {
    await expect(
      caller.strategies.set({ ...shop, category: 'phones', repairCost: 3, failureCost: 0.1 }),
    ).rejects.toThrow(/repairCost/);
  });
});

describe('Six Pillars', () => {
  it('summarises the negatives per pillar from their labels (model or corrected)', async () => {
    const summary = await caller.pillars.forSeller(shop);
    expect(summary.negatives).toBe(3);
    // r3's text says nothing the classifier knows: labelled `other` on ingest, a personalisation complaint.
    expect(summary.unlabelled).toBe(0);
    expect(summary.pillars.slice(0, 3)).toMatchObject([
      { pillar: 'integrity', negatives: 2 },
      { pillar: 'personalisation', negatives: 1 },
      { pillar: 'time_and_effort', negatives: 1 },
    ]);
  });
});
