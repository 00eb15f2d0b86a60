import { describe, expect, it } from 'vitest';
import { pillarOf, reasons } from '../../shared/reasons.ts';
import { summarisePillars } from './pillars.ts';

describe('Six Pillars summary', () => {
  it('maps every reason to a pillar', () => {
    for (const reason of reasons) expect(pillarOf[reason]).toBeDefined();
  });

  it('groups negatives by pillar, largest first, with shares', () => {
    const summary = summarisePillars(
      new Map([
        ['out_of_stock', 6],
        ['price_changed', 2],
        ['slow_communication', 4],
        ['rude_service', 0],
      ]),
    );
    expect(summary[0]).toEqual({
      pillar: 'integrity',
      negatives: 8,
      share: 0.667,
      reasons: [
        { reason: 'out_of_stock', count: 6 },
        { reason: 'price_changed', count: 2 },
      ],
    });
    expect(summary[1]).toMatchObject({ pillar: 'time_and_effort', negatives: 4, share: 0.333 });
    expect(summary.find((p) => p.pillar === 'empathy')).toMatchObject({ negatives: 0, reasons: [] });
  });
});
