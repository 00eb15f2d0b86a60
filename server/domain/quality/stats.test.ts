import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bayesianRating, normalCdf, nps, wilson, worseThanBaselineP } from './stats.ts';

describe('Wilson interval', () => {
  it('contains the point estimate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.floor(share * n);
        const p = wilson(k, n);
        expect(p.low).toBeLessThanOrEqual((p.rate ?? 0) + 1e-12);
        expect(p.high).toBeGreaterThanOrEqual((p.rate ?? 0) - 1e-12);
      }),
    );
  });

  it('narrows as n grows at the same rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 0, max: 100 }), (n, percent) => {
        const k = Math.round((percent / 100) * n);
        const small = wilson(k, n);
        const large = wilson(k * 10, n * 10);
        expect(large.high - large.low).toBeLessThan(small.high - small.low);
      }),
    );
  });

  it('matches a known value and is [0, 1] without data', () => {
    const p = wilson(5, 100);
    expect(p.low).toBeCloseTo(0.02154, 4);
    expect(p.high).toBeCloseTo(0.11175, 4);
    expect(wilson(0, 0)).toEqual({ k: 0, n: 0, rate: null, low: 0, high: 1 });
  });

  it('has a lower bound of exactly 0 without events and an upper bound of exactly 1 when all are events', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
        expect(wilson(0, n).low).toBe(0);
        expect(wilson(n, n).high).toBe(1);
      }),
    );
  });
});

describe('tests and scores', () => {
  it('normal CDF matches tables', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 4);
    expect(normalCdf(-2.326)).toBeCloseTo(0.01, 4);
  });

  it('finds a tripled defect rate significant and a flat one not', () => {
    expect(worseThanBaselineP(30, 200, 40, 800)).toBeLessThan(0.01);
    expect(worseThanBaselineP(10, 200, 40, 800)).toBeGreaterThan(0.4);
    expect(worseThanBaselineP(1, 3, 0, 10)).toBeGreaterThan(0.01);
  });

  it('pulls a few ratings towards the marketplace mean', () => {
    expect(bayesianRating(5, 1, 4.2)).toBeCloseTo((5 + 4.2 * 20) / 21, 10);
    expect(nps(50, 20, 100)).toBe(30);
    expect(nps(0, 0, 0)).toBeNull();
  });
});
