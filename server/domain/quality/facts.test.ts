import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SellerCounts, WindowCounts } from './counts.ts';
import { fromFacts, toFacts } from './facts.ts';

const count = fc.nat({ max: 100_000 });
const windowCounts: fc.Arbitrary<WindowCounts> = fc.record({
  orders: count,
  delivered: count,
  defective: count,
  dispatchDue: count,
  lateDispatch: count,
  sellerCancelled: count,
  shipped: count,
  lost: count,
  tracked: count,
  contactsDue: count,
  answeredWithin24h: count,
  medianFirstResponseHours: fc.option(fc.double({ min: 0, max: 1_000, noNaN: true }), { nil: null }),
  contacts: count,
  reviews: count,
  ratingSum: count,
  satisfiedReviews: count,
  negativesDue: count,
  negativesResolvedWithin14d: count,
  complaints: count,
  refundsDue: count,
  refundsSettledInTime: count,
  npsAnswers: count,
  promoters: count,
  detractors: count,
  mysteryShops: count,
  mysteryScoreSum: count,
});

const sellerCounts: fc.Arbitrary<SellerCounts> = fc.record({
  seller: fc.string({ minLength: 1 }),
  category: fc.string(),
  joinedAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
  windows: fc
    .uniqueArray(fc.integer({ min: 1, max: 730 }), { minLength: 1, maxLength: 4 })
    .chain((days) => fc.tuple(...days.map((d) => windowCounts.map((c) => [d, c] as const))))
    .map((entries) => new Map(entries)),
  unresolvedNegatives: count,
  overdueNegatives: count,
  oldestUnresolvedDays: fc.option(count, { nil: null }),
});

describe('seller facts', () => {
  it('give back exactly the counts they were made from, after a trip through JSON', () => {
    fc.assert(
      fc.property(sellerCounts, fc.boolean(), (seller, excluded) => {
        const facts = JSON.parse(JSON.stringify(toFacts(seller, [], excluded)));
        expect(fromFacts(seller.seller, facts)).toEqual(seller);
        expect(facts.excluded).toBe(excluded);
      }),
    );
  });

  it('take under half the bytes of the counts spelled out', () => {
    const seller: SellerCounts = {
      seller: 's',
      category: 'electronics',
      joinedAt: new Date('2024-01-01T00:00:00Z'),
      windows: new Map(fc.sample(windowCounts, { numRuns: 3, seed: 1 }).map((c, i) => [30 * 3 ** i, c] as const)),
      unresolvedNegatives: 1,
      overdueNegatives: 0,
      oldestUnresolvedDays: 3,
    };
    const spelled = JSON.stringify({ ...seller, windows: Object.fromEntries(seller.windows) });
    expect(JSON.stringify(toFacts(seller, [], false)).length).toBeLessThan(spelled.length / 2);
  });
});
