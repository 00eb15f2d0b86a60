import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planMarketplace } from '../../bench/calibration/marketplace.ts';
import {
  falsePositiveCauses,
  foundLow,
  foundWorsened,
  isFalsePositive,
  type Judged,
  judgeSimulated,
  tally,
} from '../../bench/calibration/run.ts';
import { openTestDatabase } from '../support/test-db.ts';

/**
 * A small `npm run bench:calibration`: sellers of known rates through the importer and the full evaluation. The
 * stationary sellers' false-positive rate must not lie above 1% (the lower end of its 95% interval), and
 * sellers that did worsen or are low all year must still be found.
 */
const asOf = new Date('2026-11-24T00:00:00Z');
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let judged: Judged[];

beforeAll(async () => {
  database = await openTestDatabase();
  const plan = planMarketplace({
    marketplace: 'cal-prom',
    policy: 'prom',
    seed: 11,
    stationary: 120,
    worsenedPerCell: 5,
    effects: [4],
    onsets: [60],
    worsenedSizes: [3, 6],
    lowPerSize: 5,
    lowSizes: [1.5, 3],
  });
  judged = await judgeSimulated(database.db, [plan], asOf, 11);
}, 120_000);
afterAll(() => database.close());

const of = (kind: string) => judged.filter((j) => j.seller.kind === kind);

describe('calibration on a simulated marketplace', () => {
  it('puts at most 1% of stationary sellers at risk or flags them worse', () => {
    const stationary = of('stationary');
    expect(stationary.length).toBe(120);
    const fp = tally('stationary', stationary, (j) => isFalsePositive(j.evaluation));
    expect(fp.low, JSON.stringify([...falsePositiveCauses(stationary)])).toBeLessThanOrEqual(0.01);
  });

  it('still finds sellers that worsened ×4 in the last 60 days, and sellers low all year', () => {
    const worsened = tally('worsened', of('worsened'), (j) => foundWorsened(j.evaluation));
    expect(worsened.n).toBe(10);
    expect(worsened.rate).toBeGreaterThanOrEqual(0.8);
    const low = tally('low', of('low'), (j) => foundLow(j.evaluation));
    expect(low.n).toBe(10);
    expect(low.rate).toBeGreaterThanOrEqual(0.9);
  });
});
