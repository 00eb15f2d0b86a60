import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserWithToken } from '../../server/db/users.ts';
import { appRouter } from '../../server/routers/index.ts';
import { createCallerFactory, createContext } from '../../server/trpc.ts';
import type { ImportEvent } from '../../shared/events.ts';
import { applyEvents } from '../support/events.ts';
import { openTestDatabase } from '../support/test-db.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let sellerToken = '';
let managerToken = '';
const shop = { marketplace: 'mkt-d', seller: 'shop1' };

const review = (id: string, seller: string, order: string | null, text: string, rating = 1): ImportEvent => ({
  type: 'review',
  marketplace: 'mkt-d',
  id,
  seller,
  order,
  createdAt: '2026-10-05T10:00:00Z',
  rating,
  text,
  lang: null,
  author: 'Olena',
  verified: true,
});

beforeAll(async () => {
  database = await openTestDatabase();
  const seller = (id: string): ImportEvent => ({
    type: 'seller',
    marketplace: 'mkt-d',
    id,
    name: `Shop ${id}`,
    country: 'PL',
    language: 'pl',
    category: 'electronics',
    joinedAt: '2025-01-01T00:00:00Z',
  });
  const order = (id: string): ImportEvent => ({
    type: 'order',
    marketplace: 'mkt-d',
    id,
    seller: 'shop1',
    placedAt: '2026-09-20T10:00:00Z',
    promisedShipBy: '2026-09-21T10:00:00Z',
    shippedAt: '2026-09-21T09:00:00Z',
    deliveredAt: '2026-09-24T10:00:00Z',
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    lost: false,
    tracking: true,
    total: '499.00',
    currency: 'PLN',
    items: [{ sku: 'SKU-1', model: 'Lampa LX2', category: 'lighting', qty: 1, price: '499.00' }],
  });
  await applyEvents(database.db, [
    { type: 'marketplace', id: 'mkt-d', name: 'D', policy: 'generic', currency: 'PLN', language: 'pl' },
    seller('shop1'),
    seller('shop2'),
    order('o-refunded'),
    order('o-plain'),
    {
      type: 'return',
      marketplace: 'mkt-d',
      id: 'ret-1',
      seller: 'shop1',
      order: 'o-refunded',
      sku: 'SKU-1',
      createdAt: '2026-09-26T10:00:00Z',
      reason: 'damaged',
      component: null,
      refund: '499.00',
      resolvedAt: '2026-09-28T10:00:00Z',
    },
    review('rv-refunded', 'shop1', 'o-refunded', 'Lampa przyszła rozbita, szkło pęknięte, bardzo słabo zapakowana.'),
    review('rv-plain', 'shop1', 'o-plain', 'Lampa przyszła rozbita, szkło pęknięte, bardzo słabo zapakowana.'),
    review('rv-other', 'shop2', null, 'Paczka szła dwa tygodnie.'),
    review('rv-fire', 'shop1', null, 'Lampa zaczęła dymić i się zapaliła, mogło dojść do pożaru!'),
  ]);
  sellerToken = (await createUserWithToken(database.db, { name: 'S', role: 'seller', shops: [shop] })).token;
  managerToken = (
    await createUserWithToken(database.db, { name: 'AM', role: 'account_manager', locale: 'de', assigned: [shop] })
  ).token;
});
afterAll(() => database.close());

const callerWith = async (token: string) =>
  createCallerFactory(appRouter)(await createContext(database.db, database.kind, `Bearer ${token}`));

describe('drafts.forReview', () => {
  it("drafts both variants in the buyer's language, glossed in the caller's locale, with the refund the data shows", async () => {
    const result = await (await callerWith(managerToken)).drafts.forReview({ ...shop, review: 'rv-refunded' });
    expect(result.status).toBe('drafted');
    if (result.status !== 'drafted') return;
    expect(result.lang).toBe('pl');
    expect(result.reasons).toContain('damaged_item');
    expect(result.facts).toEqual(expect.arrayContaining(['order_id', 'product', 'refund_issued', 'return_accepted']));
    expect(result.drafts.map((d) => d.variant)).toEqual(['offer', 'public']);
    const offer = result.drafts[0];
    expect(offer?.text).toContain('o-refunded (Lampa LX2)');
    expect(offer?.text).toContain('28 września 2026');
    expect(offer?.glossLang).toBe('de');
    expect(offer?.gloss).toContain('28. September 2026');
  });

  it('claims no refund for an order without one', async () => {
    const result = await (await callerWith(sellerToken)).drafts.forReview({ ...shop, review: 'rv-plain' });
    if (result.status !== 'drafted') throw new Error(result.status);
    expect(result.facts).not.toContain('refund_issued');
    for (const d of result.drafts) expect(d.text).not.toContain('Zwrot pieniędzy za to zamówienie zleciliśmy');
  });

  it('sends a review reporting smoke and fire to a person', async () => {
    const result = await (await callerWith(sellerToken)).drafts.forReview({ ...shop, review: 'rv-fire' });
    expect(result.status).toBe('escalated');
    if (result.status === 'escalated') expect(result.escalations.map((e) => e.reason)).toContain('safety');
  });

  it("answers another shop's review as a missing one", async () => {
    const caller = await callerWith(managerToken);
    await expect(caller.drafts.forReview({ ...shop, review: 'rv-other' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('drafts.check', () => {
  it("warns on a seller's edit that blames the buyer, and passes a constructive one", async () => {
    const caller = await callerWith(sellerToken);
    const bad = await caller.drafts.check({ text: 'Trzeba było czytać opis.', lang: 'pl' });
    expect(bad.warnings.map((w) => w.kind)).toEqual(['blame']);
    const good = await caller.drafts.check({ text: 'Przepraszamy, wyślemy nową lampę.', lang: 'pl' });
    expect(good.warnings).toEqual([]);
  });
});
