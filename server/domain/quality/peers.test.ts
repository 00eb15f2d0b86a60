import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileOf, quantile } from './peers.ts';

describe('peer distribution', () => {
  it('ranks a rate by the share of peers below it, ties counted half', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 0, max: 20 }),
        (values, rate) => {
          const sorted = values.map((v) => v / 20).sort((a, b) => a - b);
          const r = rate / 20;
          const expected =
            (sorted.filter((x) => x < r).length + sorted.filter((x) => x === r).length / 2) / sorted.length;
          expect(percentileOf(sorted, r)).toBeCloseTo(expected, 12);
        },
      ),
    );
  });

  it('interpolates quantiles', () => {
    expect(quantile([0, 10], 0.9)).toBeCloseTo(9, 12);
    expect(quantile([], 0.9)).toBeNull();
  });
});
