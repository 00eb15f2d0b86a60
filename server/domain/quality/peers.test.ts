import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_CATEGORY_PEERS, PeerGroups, percentileOf, quantile } from './peers.ts';

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

  it('reads back from its stored form the same groups, a category with "|" in its name included', () => {
    const peers = new PeerGroups();
    const rates = [0.3, 0.1, 0.2, 0.05, 0.4, 0.15];
    for (const rate of rates) {
      peers.add('phones|refurbished', 90, 'defectRate', rate);
      peers.add('*', 90, 'defectRate', rate);
    }
    peers.add('*', 30, 'lateDispatchRate', 0.5);
    peers.seal();
    const stored = JSON.parse(JSON.stringify(peers));
    expect(Object.keys(stored).sort()).toEqual([
      '*|30|lateDispatchRate',
      '*|90|defectRate',
      'phones|refurbished|90|defectRate',
    ]);
    const back = new PeerGroups(stored);
    expect(back.distribution('phones|refurbished', 90, 'defectRate')).toEqual([...rates].sort((a, b) => a - b));
    expect(back.distribution('phones|refurbished', 30, 'lateDispatchRate')).toEqual([0.5]);
    expect(back.toJSON()).toEqual(stored);
  });

  it('falls back to the whole marketplace when a category has too few peers', () => {
    const peers = new PeerGroups();
    for (let i = 0; i < MIN_CATEGORY_PEERS - 1; i++) peers.add('tablets', 90, 'defectRate', i / 10);
    for (let i = 0; i < 10; i++) peers.add('*', 90, 'defectRate', i / 100);
    peers.seal();
    expect(peers.distribution('tablets', 90, 'defectRate')).toHaveLength(10);
    peers.add('tablets', 90, 'defectRate', 0.9);
    expect(peers.distribution('tablets', 90, 'defectRate')).toHaveLength(MIN_CATEGORY_PEERS);
  });
});
