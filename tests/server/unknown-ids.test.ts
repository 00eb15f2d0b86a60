import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createUserWithToken } from '../../server/db/users.ts';
import { appRouter } from '../../server/routers/index.ts';
import { createCallerFactory, createContext } from '../../server/trpc.ts';
import { applyEvents } from '../support/events.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

/**
 * Every procedure called by an admin (who may see everything) with ids that do not exist answers NOT_FOUND or
 * BAD_REQUEST, never INTERNAL_SERVER_ERROR; procedures that take no id answer normally. A procedure added
 * without an entry here fails the first test.
 */
type Answer = 'ok' | 'NOT_FOUND' | 'BAD_REQUEST';
const nowhere = { marketplace: 'no-such-market', seller: 'no-such-shop' };
const noShop = { marketplace: 'known', seller: 'no-such-shop' };
const table: Record<string, { input: unknown; answer: Answer }[]> = {
  'me.whoami': [{ input: undefined, answer: 'ok' }],
  'sellers.list': [{ input: {}, answer: 'ok' }],
  'sellers.overview': [
    { input: nowhere, answer: 'NOT_FOUND' },
    { input: noShop, answer: 'NOT_FOUND' },
  ],
  'scores.forSeller': [
    { input: nowhere, answer: 'NOT_FOUND' },
    { input: noShop, answer: 'NOT_FOUND' },
  ],
  'scores.history': [{ input: nowhere, answer: 'NOT_FOUND' }],
  'scores.portfolio': [{ input: {}, answer: 'ok' }],
  'clusters.forSeller': [{ input: noShop, answer: 'NOT_FOUND' }],
  'enforcement.queue': [{ input: undefined, answer: 'ok' }],
  'enforcement.forSeller': [{ input: nowhere, answer: 'NOT_FOUND' }],
  'enforcement.exclude': [{ input: { caseId: 'no-such-case', reason: 'late dispatch' }, answer: 'NOT_FOUND' }],
  'enforcement.dismiss': [{ input: { caseId: 'no-such-case', reason: 'one-off strike' }, answer: 'NOT_FOUND' }],
  'enforcement.decide': [
    { input: { caseId: 'no-such-case', decision: 'extend', reason: 'still open' }, answer: 'NOT_FOUND' },
  ],
  'enforcement.letterReceived': [
    { input: nowhere, answer: 'NOT_FOUND' },
    { input: { marketplace: 'known', seller: 'shop' }, answer: 'NOT_FOUND' },
  ],
  'strategies.forSeller': [{ input: nowhere, answer: 'NOT_FOUND' }],
  'strategies.set': [
    { input: { ...nowhere, category: 'phones', repairCost: 0.5, failureCost: 0.5 }, answer: 'NOT_FOUND' },
  ],
  'pillars.forSeller': [{ input: nowhere, answer: 'NOT_FOUND' }],
  'reviews.reasonGroups': [{ input: nowhere, answer: 'NOT_FOUND' }],
  'reviews.unresolved': [
    { input: nowhere, answer: 'NOT_FOUND' },
    { input: noShop, answer: 'NOT_FOUND' },
  ],
  'reviews.correctLabels': [
    {
      input: { marketplace: 'known', review: 'no-such-review', reasons: [], component: null, sentiment: null },
      answer: 'NOT_FOUND',
    },
  ],
  'reviews.fakeSignals': [{ input: nowhere, answer: 'NOT_FOUND' }],
  'reviews.corrections': [{ input: {}, answer: 'ok' }],
  'policies.forSeller': [{ input: nowhere, answer: 'NOT_FOUND' }],
  'policies.setOverrides': [{ input: { marketplace: 'no-such-market', overrides: {} }, answer: 'NOT_FOUND' }],
  'claims.forSeller': [
    { input: nowhere, answer: 'NOT_FOUND' },
    { input: noShop, answer: 'NOT_FOUND' },
  ],
  'claims.accept': [{ input: { marketplace: 'known', claim: 'no-such-claim' }, answer: 'NOT_FOUND' }],
  'claims.counter': [{ input: { marketplace: 'known', claim: 'no-such-claim', amount: '1.00' }, answer: 'NOT_FOUND' }],
  'claims.decline': [
    { input: { marketplace: 'known', claim: 'no-such-claim', reason: 'not ours' }, answer: 'NOT_FOUND' },
  ],
  'drafts.forReview': [
    { input: { ...nowhere, review: 'no-such-review' }, answer: 'NOT_FOUND' },
    { input: { marketplace: 'known', seller: 'shop', review: 'no-such-review' }, answer: 'NOT_FOUND' },
  ],
  'drafts.check': [{ input: { text: 'We are sorry for the delay.', lang: 'en' }, answer: 'ok' }],
  'ingest.events': [
    // A comment on a review that is not stored (yet) is kept: its review may arrive later.
    {
      input: {
        events: [
          {
            type: 'review_comment',
            marketplace: 'known',
            id: 'c1',
            review: 'no-such-review',
            createdAt: '2026-10-01T00:00:00Z',
            text: 'Sorry!',
          },
        ],
      },
      answer: 'ok',
    },
    { input: { events: [{ type: 'review', marketplace: 'known' }] }, answer: 'BAD_REQUEST' },
  ],
};

let database: TestDatabase;
let token: string;
beforeAll(async () => {
  database = await openTestDatabase();
  await applyEvents(database.db, [
    { type: 'marketplace', id: 'known', name: 'Known', policy: 'prom', currency: 'UAH', language: 'uk' },
    {
      type: 'seller',
      marketplace: 'known',
      id: 'shop',
      name: 'Shop',
      country: 'UA',
      language: 'uk',
      category: 'phones',
      joinedAt: '2025-01-01T00:00:00Z',
    },
  ]);
  token = (await createUserWithToken(database.db, { name: 'Admin', role: 'admin' })).token;
});
afterAll(() => database.close());

async function answerOf(path: string, input: unknown): Promise<string> {
  const ctx = await createContext(database.db, database.kind, `Bearer ${token}`);
  const caller = createCallerFactory(appRouter)(ctx) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [namespace = '', name = ''] = path.split('.');
  try {
    await caller[namespace]?.[name]?.(input);
    return 'ok';
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe('unknown ids', () => {
  it('has an entry for every procedure', () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(table).sort());
  });

  for (const [path, cases] of Object.entries(table)) {
    for (const { input, answer } of cases) {
      it(`${path}(${JSON.stringify(input)?.slice(0, 80)}): ${answer}`, async () => {
        expect(await answerOf(path, input)).toBe(answer);
      });
    }
  }

  it('answers over HTTP without a stack trace or a file path', async () => {
    const app = createApp(database);
    const url = `/trpc/scores.forSeller?input=${encodeURIComponent(JSON.stringify(nowhere))}`;
    const response = await app.request(url, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { data: { code: 'NOT_FOUND' } } });
    expect(text).not.toMatch(/stack|\/server\/|\.ts:\d+/);
  });
});
