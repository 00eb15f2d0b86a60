import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/query.ts';
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
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const review = (id: string, text: string, rating: number, at: string): ImportEvent => ({
  type: 'review',
  marketplace: 'm',
  id,
  seller: 's1',
  order: null,
  createdAt: at,
  rating,
  text,
  lang: null,
  author: 'a',
  verified: true,
});
const labels = async (id: string) =>
  (
    await queryRows<{ lang: string; reasons: string[]; sentiment: string; label_source: string }>(
      database.db,
      sql`SELECT lang, reasons, sentiment, label_source FROM reviews WHERE id = ${id}`,
    )
  )[0];

beforeAll(async () => {
  database = await openTestDatabase();
  await applyEvents(database.db, [
    { type: 'marketplace', id: 'm', name: 'M', policy: 'prom', currency: 'UAH', language: 'uk' },
    {
      type: 'seller',
      marketplace: 'm',
      id: 's1',
      name: 'Shop',
      country: 'UA',
      language: 'uk',
      category: 'phones',
      joinedAt: '2025-01-01T00:00:00Z',
    },
    review('r1', 'Замовлення так і не відправили, продавець не відповідає на дзвінки', 1, daysAgo(20)),
    review('r2', 'The seller never answered my messages about the order', 1, daysAgo(3)),
    review('r3', 'Great phone, fast delivery, recommend!', 5, daysAgo(2)),
  ]);
  const { token } = await createUserWithToken(database.db, { name: 'Seller', role: 'seller', shops: [shop] });
  caller = makeCaller(await createContext(database.db, database.kind, `Bearer ${token}`));
});
afterAll(() => database.close());

describe('reviews on ingest', () => {
  it('are classified: language, reasons and sentiment stored with the model as source', async () => {
    expect(await labels('r1')).toMatchObject({ lang: 'uk', sentiment: 'negative', label_source: 'model' });
    expect((await labels('r1'))?.reasons).toContain('no_response_to_order');
    expect(await labels('r3')).toMatchObject({ lang: 'en', sentiment: 'positive', reasons: [] });
  });

  it("keep a person's correction over the model, also after the review is imported again", async () => {
    await caller.reviews.correctLabels({
      marketplace: 'm',
      review: 'r2',
      reasons: ['slow_communication'],
      component: null,
      sentiment: 'negative',
    });
    expect(await labels('r2')).toMatchObject({ reasons: ['slow_communication'], label_source: 'correction' });
    await applyEvents(database.db, [
      review('r2', 'The seller never answered my messages about the order', 1, daysAgo(3)),
    ]);
    expect(await labels('r2')).toMatchObject({ reasons: ['slow_communication'], label_source: 'correction' });
  });

  it('group the negatives by reason with counts, shares and examples', async () => {
    const groups = await caller.reviews.reasonGroups(shop);
    expect(groups.map((g) => g.reason)).toEqual(expect.arrayContaining(['no_response_to_order', 'slow_communication']));
    expect(groups.reduce((sum, g) => sum + g.share, 0)).toBeCloseTo(1, 2);
    expect(groups.find((g) => g.reason === 'slow_communication')?.exampleIds).toEqual(['r2']);
  });

  it('list the unresolved negatives with their age and 14-day deadline', async () => {
    const unresolved = await caller.reviews.unresolved(shop);
    expect(unresolved.map((r) => [r.id, r.overdue])).toEqual([
      ['r1', true],
      ['r2', false],
    ]);
    expect(unresolved[0]?.ageDays).toBe(20);
  });

  it("answers another shop's review as it answers a missing one", async () => {
    await applyEvents(database.db, [
      {
        type: 'seller',
        marketplace: 'm',
        id: 's2',
        name: 'Other',
        country: 'UA',
        language: 'uk',
        category: 'phones',
        joinedAt: '2025-01-01T00:00:00Z',
      },
      { ...review('x1', 'bad', 1, daysAgo(1)), seller: 's2' } as ImportEvent,
    ]);
    await expect(
      caller.reviews.correctLabels({
        marketplace: 'm',
        review: 'x1',
        reasons: ['other'],
        component: null,
        sentiment: null,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'review: no review x1' });
    await expect(
      caller.reviews.correctLabels({ marketplace: 'm', review: 'nope', reasons: [], component: null, sentiment: null }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'review: no review nope' });
  });
});
