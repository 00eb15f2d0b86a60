import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generic } from '../../../shared/policies/generic.ts';
import { prom } from '../../../shared/policies/prom.ts';
import type { SellerCounts, WindowCounts } from './counts.ts';
import { type EvaluationContext, evaluateMarketplace } from './evaluate.ts';
import { metrics, scoreRate } from './metrics.ts';
import { goodOutcomesNeeded } from './path-to-green.ts';

const asOf = new Date('2026-11-23T00:00:00Z');
const ctx = (policy = prom): EvaluationContext => ({
  marketplace: 'm',
  asOf,
  policy,
  window: 90,
  clusters: new Map(),
  excluded: new Set(),
});

function windowCounts(
  orders: number,
  bad: { late?: number; cancelled?: number; defective?: number; unanswered?: number } = {},
): WindowCounts {
  return {
    orders,
    delivered: orders,
    defective: bad.defective ?? 0,
    dispatchDue: orders,
    lateDispatch: bad.late ?? 0,
    sellerCancelled: bad.cancelled ?? 0,
    shipped: orders,
    lost: 0,
    tracked: orders,
    contacts: orders / 2,
    contactsDue: Math.round(orders / 2),
    answeredWithin24h: Math.round(orders / 2) - (bad.unanswered ?? 0),
    medianFirstResponseHours: 3,
    reviews: Math.round(orders / 4),
    ratingSum: Math.round(orders / 4) * 4.5,
    satisfiedReviews: Math.round(orders / 5),
    negativesDue: 2,
    negativesResolvedWithin14d: 2,
    complaints: 0,
    refundsDue: 0,
    refundsSettledInTime: 0,
    npsAnswers: 10,
    promoters: 6,
    detractors: 1,
    mysteryShops: 0,
    mysteryScoreSum: 0,
  };
}

/** A seller whose late rate over the year is `yearLate` of `yearOrders` with the given recent windows. */
function seller(id: string, windows: Record<number, WindowCounts>, extra: Partial<SellerCounts> = {}): SellerCounts {
  return {
    seller: id,
    category: 'electronics',
    joinedAt: new Date('2024-01-01T00:00:00Z'),
    windows: new Map(Object.entries(windows).map(([w, c]) => [Number(w), c])),
    unresolvedNegatives: 0,
    overdueNegatives: 0,
    oldestUnresolvedDays: null,
    ...extra,
  };
}

const steadyPeer = (i: number) =>
  seller(`peer-${i}`, {
    30: windowCounts(40, { late: 1 }),
    90: windowCounts(120, { late: 3 }),
    365: windowCounts(480, { late: 12 }),
  });
const peers = Array.from({ length: 20 }, (_, i) => steadyPeer(i));

describe('judgements', () => {
  it('flags a seller whose late dispatch jumped in the last 30 and 90 days as worsened and at risk', () => {
    const worsened = seller('w', {
      30: windowCounts(40, { late: 12 }),
      90: windowCounts(120, { late: 20 }),
      365: windowCounts(480, { late: 28 }),
    });
    const [result] = evaluateMarketplace([worsened, ...peers], ctx()).filter((e) => e.seller === 'w');
    expect(result?.status).toBe('at_risk');
    expect(result?.flags).toEqual(expect.arrayContaining(['worsened_30d', 'worsened_90d']));
    expect(result?.rule).toBe('worsened_30d');
    const evidence = result?.evidence.find((e) => e.flag === 'worsened_30d');
    expect(evidence?.metric).toBe('lateDispatchRate');
    // The baseline is the year before the 90-day window (480 − 120 orders, 28 − 20 late), for both windows.
    expect(evidence?.figures).toMatchObject({ recentK: 12, recentN: 40, baselineK: 8, baselineN: 360 });
    const ship = result?.pathToGreen.find((s) => s.action === 'ship_on_time');
    expect(ship?.count).toBeGreaterThan(0);
  });

  it('flags a seller low all year against its peers', () => {
    const low = seller('low', {
      30: windowCounts(40, { late: 6 }),
      90: windowCounts(120, { late: 18 }),
      365: windowCounts(480, { late: 72 }),
    });
    const result = evaluateMarketplace([low, ...peers], ctx()).find((e) => e.seller === 'low');
    expect(result?.flags).toContain('low_365d');
    expect(result?.status).toBe('at_risk');
    expect(result?.axes.delivery.percentile).toBeGreaterThan(0.9);
  });

  it('never calls a seller without complaints worse than peers without complaints', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 2_000 }), (orders) => {
        const clean = seller('clean', {
          30: windowCounts(orders),
          90: windowCounts(orders),
          365: windowCounts(orders),
        });
        const result = evaluateMarketplace([clean, ...peers], ctx()).find((e) => e.seller === 'clean');
        const complaints = result?.axes.afterSales.metrics.find((m) => m.metric === 'complaintRate');
        expect(complaints?.k).toBe(0);
        expect(complaints?.significantlyWorse).toBe(false);
        expect(result?.flags.filter((f) => f !== 'not_enough_data')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('never puts a seller with a handful of orders at risk, however bad they look', () => {
    const small = seller('small', {
      30: windowCounts(3, { late: 2, cancelled: 1 }),
      90: windowCounts(5, { late: 3, cancelled: 1 }),
      365: windowCounts(8, { late: 3, cancelled: 1 }),
    });
    const result = evaluateMarketplace([small, ...peers], ctx()).find((e) => e.seller === 'small');
    expect(result?.flags).toContain('not_enough_data');
    expect(result?.status).not.toBe('at_risk');
    expect(result?.axes.delivery.high).toBeGreaterThan(0.3);
  });

  it('puts a seller with overdue unresolved negatives on watch with the exact path to green', () => {
    const s = seller(
      's',
      { 30: windowCounts(40), 90: windowCounts(120), 365: windowCounts(480) },
      {
        unresolvedNegatives: 7,
        overdueNegatives: 4,
        oldestUnresolvedDays: 40,
      },
    );
    const result = evaluateMarketplace([s, ...peers], ctx()).find((e) => e.seller === 's');
    expect(result?.status).toBe('watch');
    expect(result?.pathToGreen).toContainEqual({
      action: 'resolve_negatives',
      count: 4,
      of: 7,
      metric: null,
      detail: null,
    });
  });

  it('keeps a new seller in trial under a policy with a trial period', () => {
    const trial = seller(
      't',
      { 30: windowCounts(20), 90: windowCounts(20), 365: windowCounts(20) },
      {
        joinedAt: new Date('2026-10-20T00:00:00Z'),
      },
    );
    const backmarket = { ...generic, trial: { days: 90, maxContactsPerOrder: 0.3, minMysteryShopScore: 75 } };
    expect(evaluateMarketplace([trial, ...peers], ctx(backmarket)).find((e) => e.seller === 't')?.status).toBe('trial');
    expect(evaluateMarketplace([trial, ...peers], ctx(prom)).find((e) => e.seller === 't')?.status).not.toBe('trial');
  });

  it('changes the result when a policy threshold changes, without code changes', () => {
    const s = seller('s', {
      30: windowCounts(200, { late: 12 }),
      90: windowCounts(600, { late: 36 }),
      365: windowCounts(2400, { late: 144 }),
    });
    const strict = evaluateMarketplace(
      [s],
      ctx({ ...prom, thresholds: { ...prom.thresholds, lateDispatchRate: 0.02 } }),
    )[0];
    const lenient = evaluateMarketplace(
      [s],
      ctx({ ...prom, thresholds: { ...prom.thresholds, lateDispatchRate: 0.1 } }),
    )[0];
    expect(strict?.flags).toContain('threshold_breached');
    expect(lenient?.flags).not.toContain('threshold_breached');
    expect(strict?.axes.delivery.score ?? 0).toBeLessThan(lenient?.axes.delivery.score ?? 0);
  });
});

describe('properties', () => {
  it('scores never rise when a bad outcome is added', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        (n, k0, t) => {
          const k = Math.min(k0, n - 1);
          expect(scoreRate((k + 1) / n, t)).toBeLessThanOrEqual(scoreRate(k / n, t));
        },
      ),
    );
  });

  it('adding a late order to a seller never raises its delivery score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 500 }), fc.integer({ min: 0, max: 29 }), (orders, late) => {
        const make = (l: number) =>
          seller('x', {
            30: windowCounts(orders, { late: l }),
            90: windowCounts(orders, { late: l }),
            365: windowCounts(orders, { late: l }),
          });
        const before = evaluateMarketplace([make(late), ...peers], ctx()).find((e) => e.seller === 'x');
        const after = evaluateMarketplace([make(late + 1), ...peers], ctx()).find((e) => e.seller === 'x');
        expect(after?.axes.delivery.score ?? 0).toBeLessThanOrEqual(before?.axes.delivery.score ?? 0);
      }),
      { numRuns: 50 },
    );
  });

  it('does not depend on the order sellers come in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(peers, { minLength: peers.length, maxLength: peers.length }), (shuffled) => {
        const a = evaluateMarketplace(peers, ctx()).sort((x, y) => x.seller.localeCompare(y.seller));
        const b = evaluateMarketplace(shuffled, ctx()).sort((x, y) => x.seller.localeCompare(y.seller));
        expect(b).toEqual(a);
      }),
      { numRuns: 20 },
    );
  });

  it('path to green counts are the fewest good outcomes that suffice', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 1_000 }), (k, n0) => {
        const n = Math.max(n0, k);
        const m = goodOutcomesNeeded(k, n, 0.05);
        expect(k / (n + m)).toBeLessThanOrEqual(0.05);
        if (m > 0) expect(k / (n + m - 1)).toBeGreaterThan(0.05);
      }),
    );
  });

  it('has a definition for every metric id', () => {
    expect(new Set(metrics.map((m) => m.id)).size).toBe(metrics.length);
  });
});
