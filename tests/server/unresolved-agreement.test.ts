import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findShop, listReviews } from '../../server/db/demo-admin.ts';
import { insertCase } from '../../server/db/enforcement.ts';

import { sellerCounts } from '../../server/db/quality/counts.ts';
import { unresolvedNegatives } from '../../server/db/reviews.ts';
import { createUserWithToken } from '../../server/db/users.ts';
import { openCase } from '../../server/domain/enforcement/case.ts';
import {
  ageDays,
  isOverdue,
  isUnresolved,
  negativeState,
  type ReviewHistory,
  resolvedInTime,
} from '../../server/domain/reviews/unresolved.ts';
import { appRouter } from '../../server/routers/index.ts';
import { reevaluateSellers } from '../../server/services/quality.ts';
import { createCallerFactory, createContext } from '../../server/trpc.ts';
import type { ImportEvent } from '../../shared/events.ts';
import { applyEvents } from '../support/events.ts';
import { openTestDatabase } from '../support/test-db.ts';

/**
 * One seller's reviews with every kind of case, and every place that counts unresolved negatives asked about
 * them: the badge (sellers.overview), the list (reviews.unresolved), the score (scores.forSeller: unresolved,
 * overdue, oldest age and the overdue flag's evidence), the reinstatement checklist's item 1 and the demo
 * admin. They must name the same reviews, and the pure rule must agree with them.
 */
const DAY = 86_400_000;
const started = Date.now();
const at = (daysAgo: number) => new Date(started - daysAgo * DAY);
const shop = { marketplace: 'm', seller: 's1' };

interface Case {
  id: string;
  rating: number;
  written: number;
  edits?: { id: string; daysAgo: number; rating: number | null; removed?: boolean }[];
  comments?: { id: string; daysAgo: number }[];
  /** The comments go in a batch of their own before the review's (they arrive before their review). */
  commentsFirst?: boolean;
  /** What the definition says, spelt out case by case. */
  unresolved: boolean;
  text: string;
}

const cases: Case[] = [
  { id: 'r-plain', rating: 1, written: 20, unresolved: true, text: 'Never shipped, nobody answers.' },
  {
    id: 'r-commented',
    rating: 2,
    written: 20,
    comments: [{ id: 'c-commented', daysAgo: 18 }],
    unresolved: false,
    text: 'Late and no reply.',
  },
  {
    id: 'r-up',
    rating: 1,
    written: 30,
    edits: [{ id: 'u-up', daysAgo: 25, rating: 4 }],
    unresolved: false,
    text: 'Broken on arrival.',
  },
  {
    // A 4 edited down to 1 is a new complaint; the thank-you before it answered something else.
    id: 'r-down',
    rating: 4,
    written: 60,
    edits: [{ id: 'u-down', daysAgo: 5, rating: 1 }],
    comments: [{ id: 'c-thanks', daysAgo: 59 }],
    unresolved: true,
    text: 'Stopped working after a month.',
  },
  {
    id: 'r-removed',
    rating: 1,
    written: 40,
    edits: [{ id: 'u-removed', daysAgo: 35, rating: null, removed: true }],
    unresolved: false,
    text: 'Wrong colour.',
  },
  { id: 'r-old', rating: 1, written: 400, unresolved: false, text: 'Terrible, a long time ago.' },
  { id: 'r-recent', rating: 2, written: 3, unresolved: true, text: 'Still waiting for the parcel.' },
  { id: 'r-mixed', rating: 3, written: 10, unresolved: false, text: 'Good phone but the delivery was slow.' },
  {
    id: 'r-comment-first',
    rating: 1,
    written: 12,
    comments: [{ id: 'c-first', daysAgo: 11 }],
    commentsFirst: true,
    unresolved: false,
    text: 'The box was crushed.',
  },
  {
    // Its comment is dated before the review existed: it cannot answer it.
    id: 'r-comment-early',
    rating: 1,
    written: 8,
    comments: [{ id: 'c-early', daysAgo: 9 }],
    commentsFirst: true,
    unresolved: true,
    text: 'Charger missing.',
  },
  {
    id: 'r-fixed-late',
    rating: 2,
    written: 50,
    comments: [{ id: 'c-late', daysAgo: 30 }],
    unresolved: false,
    text: 'Refund took ages.',
  },
  { id: 'r-good', rating: 5, written: 15, unresolved: false, text: 'Great, fast delivery.' },
];

const expectedUnresolved = cases
  .filter((c) => c.unresolved)
  .map((c) => c.id)
  .sort();

function events(c: Case): { before: ImportEvent[]; after: ImportEvent[] } {
  const review: ImportEvent = {
    type: 'review',
    marketplace: 'm',
    id: c.id,
    seller: 's1',
    order: null,
    createdAt: at(c.written).toISOString(),
    rating: c.rating,
    text: c.text,
    lang: 'en',
    author: `author-${c.id}`,
    verified: true,
  };
  const comments: ImportEvent[] = (c.comments ?? []).map((k) => ({
    type: 'review_comment',
    marketplace: 'm',
    id: k.id,
    review: c.id,
    createdAt: at(k.daysAgo).toISOString(),
    text: 'We are sorry: we will send a replacement today.',
  }));
  const edits: ImportEvent[] = (c.edits ?? []).map((e) => ({
    type: 'review_update',
    marketplace: 'm',
    id: e.id,
    review: c.id,
    createdAt: at(e.daysAgo).toISOString(),
    rating: e.rating,
    text: null,
    removed: e.removed ?? false,
  }));
  return c.commentsFirst
    ? { before: comments, after: [review, ...edits] }
    : { before: [], after: [review, ...comments, ...edits] };
}

const history = (c: Case): ReviewHistory => ({
  createdAt: at(c.written),
  rating: c.rating,
  edits: (c.edits ?? []).map((e) => ({ at: at(e.daysAgo), rating: e.rating, removed: e.removed ?? false })),
  comments: (c.comments ?? []).map((k) => ({ at: at(k.daysAgo) })),
});

let database: Awaited<ReturnType<typeof openTestDatabase>>;
const makeCaller = createCallerFactory(appRouter);
let caller: ReturnType<typeof makeCaller>;

beforeAll(async () => {
  database = await openTestDatabase();
  const split = cases.map(events);
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
      joinedAt: at(500).toISOString(),
    },
    ...split.flatMap((s) => s.before),
  ]);
  await applyEvents(
    database.db,
    split.flatMap((s) => s.after),
  );
  // Excluded two hours ago: every negative above became negative before the exclusion.
  const opened = at(3 / 24);
  const c = openCase('case-1', 'worsened_30d', opened);
  const excludedAt = at(2 / 24);
  await insertCase(database.db, 'm', 's1', { ...c, state: 'excluded', excludedAt, reReviewDueAt: at(-12) }, null);
  const { token } = await createUserWithToken(database.db, { name: 'Admin', role: 'admin' });
  caller = makeCaller(await createContext(database.db, database.kind, `Bearer ${token}`));
}, 60_000);
afterAll(() => database.close());

describe('an unresolved negative review, wherever it is counted', () => {
  it('is what the rule says, case by case', () => {
    const now = new Date();
    expect(
      cases
        .filter((c) => isUnresolved(history(c), now))
        .map((c) => c.id)
        .sort(),
    ).toEqual(expectedUnresolved);
  });

  it('the list names those reviews, oldest complaint first, with age and deadline from when it became negative', async () => {
    const list = await caller.reviews.unresolved(shop);
    expect(list.map((r) => r.id).sort()).toEqual(expectedUnresolved);
    expect(list.map((r) => r.id)).toEqual(['r-plain', 'r-comment-early', 'r-down', 'r-recent']);
    const down = list.find((r) => r.id === 'r-down');
    expect(down?.ageDays).toBe(5);
    expect(down?.overdue).toBe(false);
    expect(list.filter((r) => r.overdue).map((r) => r.id)).toEqual(['r-plain']);
  });

  it('the badge counts them', async () => {
    const overview = await caller.sellers.overview(shop);
    expect(overview.unresolvedNegatives).toBe(expectedUnresolved.length);
  });

  it('the score counts them, their overdue ones and the oldest age, and names the overdue ones', async () => {
    const list = await caller.reviews.unresolved(shop);
    const score = await caller.scores.forSeller(shop);
    const scoredAt = new Date(Date.parse(`${score.asOf}T00:00:00Z`) + DAY);
    expect(score.unresolvedNegatives).toBe(expectedUnresolved.length);
    expect(score.overdueNegatives).toBe(list.filter((r) => r.overdue).length);
    const oldest = Math.min(...list.map((r) => Date.parse(r.negativeSince)));
    expect(score.oldestUnresolvedDays).toBe(ageDays(new Date(oldest), scoredAt));
    expect(score.flags).toContain('unresolved_negatives_overdue');
    const evidence = score.evidence.find((e) => e.flag === 'unresolved_negatives_overdue');
    expect(evidence?.ids).toEqual(list.filter((r) => r.overdue).map((r) => r.id));
    expect(evidence?.figures).toMatchObject({ overdue: 1, unresolved: expectedUnresolved.length });
    const step = score.pathToGreen.find((s) => s.action === 'resolve_negatives');
    expect(step).toMatchObject({ count: 1, of: expectedUnresolved.length });
    // That was a whole marketplace's evaluation (the edits joined once); a seller's re-evaluation looks them
    // up one review at a time, and must count the same.
    const [again] = await reevaluateSellers(database.db, 'm', ['s1'], scoredAt);
    expect(again).toMatchObject({
      unresolvedNegatives: score.unresolvedNegatives,
      overdueNegatives: score.overdueNegatives,
      oldestUnresolvedDays: score.oldestUnresolvedDays,
    });
  });

  it("the reinstatement checklist's first item lists them, and finds no new negatives", async () => {
    const { checklist } = await caller.enforcement.forSeller(shop);
    const first = checklist?.find((i) => i.item === 'negatives_resolved');
    expect(first?.passed).toBe(false);
    expect([...(first?.ids ?? [])].sort()).toEqual(expectedUnresolved);
    expect(first?.figures.unresolved).toBe(expectedUnresolved.length);
    const fifth = checklist?.find((i) => i.item === 'no_new_negatives');
    expect(fifth?.figures.newNegatives).toBe(0);
  });

  it("the demo admin's count and its review cards agree", async () => {
    const now = new Date();
    const found = await findShop(database.db, shop, now);
    expect(found?.awaitingReply).toBe(expectedUnresolved.length);
    const listed = await listReviews(database.db, { ...shop, filter: 'all', limit: 100, offset: 0, now });
    expect(
      listed
        .filter((r) => r.unresolved)
        .map((r) => r.id)
        .sort(),
    ).toEqual(expectedUnresolved);
  });

  it('answering one takes it off every count at once', async () => {
    await applyEvents(database.db, [
      {
        type: 'review_comment',
        marketplace: 'm',
        id: 'c-plain',
        review: 'r-plain',
        createdAt: new Date(Date.now() - 1_000).toISOString(),
        text: 'We are sorry: a courier collects it tomorrow and we refund in full.',
      },
    ]);
    const remaining = expectedUnresolved.filter((id) => id !== 'r-plain');
    expect((await caller.reviews.unresolved(shop)).map((r) => r.id).sort()).toEqual(remaining);
    expect((await caller.sellers.overview(shop)).unresolvedNegatives).toBe(remaining.length);
    expect((await findShop(database.db, shop, new Date()))?.awaitingReply).toBe(remaining.length);
    const { checklist } = await caller.enforcement.forSeller(shop);
    expect(checklist?.find((i) => i.item === 'negatives_resolved')?.ids.length).toBe(remaining.length);
  });
});

/**
 * Random histories in another marketplace: the SQL of every path (a whole marketplace's counts, a seller's
 * counts, the list) against the pure rule, as of a fixed day with events before and after it.
 */
describe('the SQL of the definition and its pure rule', () => {
  const asOf = new Date('2026-06-30T00:00:00Z');
  const HOUR = 3_600_000;
  let seed = 20_261_208;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const hoursFrom = (from: Date, low: number, high: number) =>
    new Date(from.getTime() + Math.round(low + random() * (high - low)) * HOUR);
  const sellers = ['p1', 'p2', 'p3'];
  const histories = new Map<string, { seller: string; history: ReviewHistory }>();

  beforeAll(async () => {
    const batch: ImportEvent[] = [
      { type: 'marketplace', id: 'p', name: 'P', policy: 'generic', currency: 'EUR', language: 'en' },
    ];
    for (const seller of sellers)
      batch.push({
        type: 'seller',
        marketplace: 'p',
        id: seller,
        name: seller,
        country: 'FI',
        language: 'fi',
        category: 'phones',
        joinedAt: '2024-01-01T00:00:00Z',
      });
    for (let i = 0; i < 150; i++) {
      const id = `q${i}`;
      const seller = pick(sellers);
      const createdAt = hoursFrom(asOf, -420 * 24, 5 * 24);
      const rating = pick([1, 1, 2, 2, 3, 4, 5]);
      const edits = Array.from({ length: pick([0, 0, 1, 1, 2, 3]) }, () => ({
        at: hoursFrom(createdAt, -24, 60 * 24),
        rating: pick([null, 1, 2, 3, 4, 5]),
        removed: random() < 0.15,
      }));
      const comments = Array.from({ length: pick([0, 0, 1, 2]) }, () => ({ at: hoursFrom(createdAt, -48, 40 * 24) }));
      histories.set(id, { seller, history: { createdAt, rating, edits, comments } });
      batch.push({
        type: 'review',
        marketplace: 'p',
        id,
        seller,
        order: null,
        createdAt: createdAt.toISOString(),
        rating,
        text: null,
        lang: 'en',
        author: `a${i}`,
        verified: true,
      });
      batch.push(
        ...edits.map(
          (e, j): ImportEvent => ({
            type: 'review_update',
            marketplace: 'p',
            id: `${id}-u${j}`,
            review: id,
            createdAt: e.at.toISOString(),
            rating: e.rating,
            text: null,
            removed: e.removed,
          }),
        ),
      );
      batch.push(
        ...comments.map(
          (c, j): ImportEvent => ({
            type: 'review_comment',
            marketplace: 'p',
            id: `${id}-c${j}`,
            review: id,
            createdAt: c.at.toISOString(),
            text: 'Sorry, we are on it.',
          }),
        ),
      );
    }
    await applyEvents(database.db, batch);
  }, 60_000);

  const expected = (seller: string) => {
    const mine = [...histories].filter(([, h]) => h.seller === seller);
    const yearAgo = asOf.getTime() - 365 * DAY;
    const states = mine.map(([id, h]) => ({ id, h: h.history, state: negativeState(h.history, asOf) }));
    const inYear = states.filter((s) => s.h.createdAt.getTime() >= yearAgo && s.state !== null);
    const due = inYear.filter((s) => s.state && isOverdue(s.state.negativeSince, asOf, 14));
    const open = states.filter((s) => isUnresolved(s.h, asOf));
    const since = (s: (typeof states)[number]) => s.state?.negativeSince ?? asOf;
    return {
      ids: open.map((s) => s.id).sort(),
      negativesDue: due.length,
      resolvedInTime: due.filter((s) => s.state && resolvedInTime(s.state, 14)).length,
      unresolved: open.length,
      overdue: open.filter((s) => isOverdue(since(s), asOf, 14)).length,
      oldest: open.length ? Math.max(...open.map((s) => ageDays(since(s), asOf))) : null,
    };
  };

  it('agree for every seller, whichever way the SQL looks the edits up', async () => {
    const query = { marketplace: 'p', asOf, windows: [30, 90, 365], resolutionDays: 14 };
    const whole = await sellerCounts(database.db, query);
    for (const seller of sellers) {
      const want = expected(seller);
      expect(want.unresolved).toBeGreaterThan(0);
      const [one] = await sellerCounts(database.db, { ...query, sellers: [seller] });
      for (const counts of [whole.find((c) => c.seller === seller), one]) {
        const year = counts?.windows.get(365);
        expect({
          negativesDue: year?.negativesDue,
          resolvedInTime: year?.negativesResolvedWithin14d,
          unresolved: counts?.unresolvedNegatives,
          overdue: counts?.overdueNegatives,
          oldest: counts?.oldestUnresolvedDays,
        }).toEqual({ ...want, ids: undefined });
      }
      const list = await unresolvedNegatives(database.db, { marketplace: 'p', seller }, asOf, 14);
      expect(list.map((r) => r.id).sort()).toEqual(want.ids);
    }
  });
});
