import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialDistribution, binomialMidP, binomialPmf, holmRejected, logGamma, worsenedMidP } from './exact.ts';

/** C(n, k) p^k (1-p)^(n-k) by the plain product, term by term: slow, and independent of the code under test. */
function bruteForcePmf(k: number, n: number, p: number): number {
  let value = 1;
  for (let i = 1; i <= k; i++) value *= (n - k + i) / i;
  return value * p ** k * (1 - p) ** (n - k);
}

const bruteForceMidP = (k: number, n: number, p: number) => {
  let sum = bruteForcePmf(k, n, p) / 2;
  for (let j = k + 1; j <= n; j++) sum += bruteForcePmf(j, n, p);
  return sum;
};

describe('exact binomial tests', () => {
  it('ln Γ matches the factorials', () => {
    let factorial = 1;
    for (let n = 1; n <= 20; n++) {
      factorial *= n;
      expect(logGamma(n + 1)).toBeCloseTo(Math.log(factorial), 10);
    }
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
  });

  it('gives the mid-p value of the brute-force sum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 150 }),
        fc.integer({ min: 0, max: 150 }),
        fc.double({ min: 0.001, max: 0.6, noNaN: true }),
        (n, k0, p) => {
          const k = Math.min(k0, n);
          expect(binomialMidP(k, n, p)).toBeCloseTo(bruteForceMidP(k, n, p), 9);
        },
      ),
    );
  });

  it('has probabilities that match the brute force and sum to one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (n, p) => {
        const all = binomialDistribution(n, p);
        let sum = 0;
        all.forEach((x, k) => {
          expect(x).toBeCloseTo(bruteForcePmf(k, n, p), 10);
          expect(binomialPmf(k, n, p)).toBeCloseTo(x, 10);
          sum += x;
        });
        expect(sum).toBeCloseTo(1, 10);
      }),
    );
  });

  it('one stratum is the conditional binomial test; several are the sum of their recent counts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            recentK: fc.integer({ min: 0, max: 6 }),
            baselineK: fc.integer({ min: 0, max: 8 }),
            recentN: fc.integer({ min: 1, max: 300 }),
            baselineN: fc.integer({ min: 1, max: 900 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (strata) => {
          // Brute force: every combination of the strata's recent counts, given each stratum's total.
          const observed = strata.reduce((sum, s) => sum + s.recentK, 0);
          let combos = [{ sum: 0, probability: 1 }];
          for (const s of strata) {
            const total = s.recentK + s.baselineK;
            const share = s.recentN / (s.recentN + s.baselineN);
            combos = combos.flatMap((c) =>
              Array.from({ length: total + 1 }, (_, x) => ({
                sum: c.sum + x,
                probability: c.probability * bruteForcePmf(x, total, share),
              })),
            );
          }
          const expected = combos.reduce(
            (p, c) => p + (c.sum > observed ? c.probability : c.sum === observed ? c.probability / 2 : 0),
            0,
          );
          expect(worsenedMidP(strata)).toBeCloseTo(observed === 0 ? 1 : expected, 9);
          const [first] = strata;
          if (strata.length === 1 && first && first.recentK > 0) {
            const share = first.recentN / (first.recentN + first.baselineN);
            expect(worsenedMidP(strata)).toBeCloseTo(
              binomialMidP(first.recentK, first.recentK + first.baselineK, share),
              9,
            );
          }
        },
      ),
    );
  });

  it('finds a tripled defect rate significant and a flat one not', () => {
    expect(worsenedMidP([{ recentK: 30, recentN: 200, baselineK: 40, baselineN: 800 }])).toBeLessThan(0.001);
    expect(worsenedMidP([{ recentK: 10, recentN: 200, baselineK: 40, baselineN: 800 }])).toBeGreaterThan(0.4);
    // Three events out of a handful, the case where the normal approximation calls noise significant.
    expect(worsenedMidP([{ recentK: 3, recentN: 30, baselineK: 4, baselineN: 335 }])).toBeGreaterThan(0.005);
  });

  it('rejects a true null at about the level: at most 1.6× at any size, at most the level on average', () => {
    // The size of the mid-p test, exactly: the probability under the null of every count it rejects. Mid-p
    // trades a little excess at some sizes for the power the exact test loses to its discreteness.
    const sizes: number[] = [];
    for (const n of [30, 60, 90, 150, 270, 500, 1000, 3000]) {
      for (const p of [0.003, 0.01, 0.015, 0.03, 0.05, 0.08]) {
        let size = 0;
        for (let k = 0; k <= n; k++) if (binomialMidP(k, n, p) <= 0.01) size += binomialPmf(k, n, p);
        sizes.push(size);
      }
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(0.016);
    expect(sizes.reduce((a, b) => a + b, 0) / sizes.length).toBeLessThanOrEqual(0.01);
  });
});

describe('Holm', () => {
  it('is the step-down procedure: rejects in order of p while p ≤ α / (hypotheses left)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }), (pValues) => {
        const rejected = holmRejected(pValues, 0.01);
        const sorted = [...pValues].sort((a, b) => a - b);
        let stop = sorted.findIndex((p, i) => p > 0.01 / (sorted.length - i));
        if (stop < 0) stop = sorted.length;
        expect(rejected.filter(Boolean).length).toBe(stop);
        pValues.forEach((p, i) => {
          if (rejected[i]) expect(p).toBeLessThanOrEqual(0.01);
        });
      }),
    );
  });

  it('with weights, tests each at its share of α first', () => {
    expect(holmRejected([0.003, 0.5], 0.01, [4, 1])).toEqual([true, false]);
    expect(holmRejected([0.5, 0.003], 0.01, [4, 1])).toEqual([false, false]);
    expect(holmRejected([0.007, 0.009], 0.01, [4, 1])).toEqual([true, true]);
  });
});
