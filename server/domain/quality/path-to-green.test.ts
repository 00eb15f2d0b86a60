import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policies } from '../../../shared/policies/index.ts';
import type { MetricId, PathStep, SellerEvaluation } from '../../../shared/quality.ts';
import { emptyWindowCounts, type SellerCounts, type WindowCounts } from './counts.ts';
import { type EvaluationContext, evaluateMarketplace } from './evaluate.ts';

/**
 * A seller who follows its path to green is `ok` on the day the path says. Sellers are simulated a day at a
 * time (day 0 is the most recent), so their windows can be counted again at any later day.
 */
const DAY = 86_400_000;
const asOf = new Date('2026-11-24T00:00:00Z');
const rated = ['defectRate', 'lateDispatchRate', 'sellerCancellationRate', 'unansweredWithin24hRate'] as const;
type Rated = (typeof rated)[number];
type Day = { chances: number } & Record<Rated, number>;

/**
 * Bad outcomes spread evenly over days at `rate`, counted from the most recent day back: every run of the latest
 * days holds the floor of its expected count.
 */
function spread(days: Day[], metric: Rated, rate: (dayIndex: number) => number): void {
  let expected = 0;
  let bad = 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as Day;
    expected += rate(i) * day.chances;
    day[metric] = Math.min(day.chances, Math.max(0, Math.floor(expected + 1e-9) - bad));
    bad += day[metric];
  }
}

function history(perDay: number, rates: Record<Rated, number>, worse: { effect: number; days: number }): Day[] {
  const days: Day[] = Array.from({ length: 365 }, () => ({
    chances: perDay,
    defectRate: 0,
    lateDispatchRate: 0,
    sellerCancellationRate: 0,
    unansweredWithin24hRate: 0,
  }));
  for (const metric of rated) {
    const rises = metric !== 'unansweredWithin24hRate';
    spread(days, metric, (i) => rates[metric] * (rises && i < worse.days ? worse.effect : 1));
  }
  return days;
}

function windowOf(days: readonly Day[], w: number): WindowCounts {
  const c = emptyWindowCounts();
  for (const day of days.slice(0, w)) {
    c.orders += day.chances;
    c.defective += day.defectRate;
    c.lateDispatch += day.lateDispatchRate;
    c.sellerCancelled += day.sellerCancellationRate;
    c.contactsDue += day.chances;
    c.answeredWithin24h += day.chances - day.unansweredWithin24hRate;
  }
  c.delivered = c.dispatchDue = c.shipped = c.tracked = c.contacts = c.orders;
  return c;
}

const sellerOf = (id: string, days: readonly Day[]): SellerCounts => ({
  seller: id,
  category: 'home',
  joinedAt: new Date('2024-01-01T00:00:00Z'),
  windows: new Map([30, 90, 365].map((w) => [w, windowOf(days, w)])),
  unresolvedNegatives: 0,
  overdueNegatives: 0,
  oldestUnresolvedDays: null,
});

const peerRates: Record<Rated, number> = {
  defectRate: 0.015,
  lateDispatchRate: 0.03,
  sellerCancellationRate: 0.01,
  unansweredWithin24hRate: 0.08,
};
const peers = Array.from({ length: 24 }, (_, i) =>
  sellerOf(`peer-${i}`, history(1 + (i % 6), peerRates, { effect: 1, days: 0 })),
);

const ctx = (at: Date, policy = policies.prom): EvaluationContext => ({
  marketplace: 'm',
  asOf: at,
  policy,
  window: 90,
  clusters: new Map(),
  excluded: new Set(),
});

/**
 * The seller's next days if it does what its path asks: each metric back at its usual rate (before it worsened),
 * or at the lowest rate its steps allow where that is lower, spread evenly so every run of days keeps it.
 */
function followed(steps: readonly PathStep[], days: number, perDay: number, usual: Record<Rated, number>): Day[] {
  const next: Day[] = Array.from({ length: days }, () => ({
    chances: perDay,
    defectRate: 0,
    lateDispatchRate: 0,
    sellerCancellationRate: 0,
    unansweredWithin24hRate: 0,
  }));
  for (const metric of rated) {
    const rates = steps.filter((s) => s.metric === metric && s.allowed != null).map((s) => (s.allowed ?? 0) / s.count);
    const rate = Math.min(usual[metric], ...rates);
    spread(next, metric, () => rate);
  }
  return next;
}

const flagged = (e: SellerEvaluation | undefined) =>
  e?.flags.filter((f) => f !== 'not_enough_data' && f !== 'unresolved_negatives_overdue') ?? ['missing'];

describe('path to green', () => {
  it('a seller that follows its path is ok on the day the path says', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10 }),
        fc.double({ min: 2, max: 5, noNaN: true }),
        fc.integer({ min: 20, max: 90 }),
        fc.double({ min: 0.6, max: 1.2, noNaN: true }),
        fc.constantFrom('prom', 'backmarket', 'generic'),
        (perDay, effect, onset, level, policyId) => {
          const policy = { ...policies[policyId], trial: { ...policies[policyId].trial, days: 0 } };
          const usual = Object.fromEntries(rated.map((m) => [m, peerRates[m] * level])) as Record<Rated, number>;
          const past = history(perDay, usual, { effect, days: onset });
          const before = evaluateMarketplace([sellerOf('s', past), ...peers], ctx(asOf, policy)).find(
            (e) => e.seller === 's',
          );
          fc.pre(before !== undefined && before.status !== 'ok');
          const steps = before?.pathToGreen ?? [];
          for (const step of steps) {
            expect(step.count).toBeGreaterThan(0);
            if (step.allowed != null) expect(step.allowed).toBeGreaterThan(0);
          }
          const dates = steps.map((s) => s.by ?? s.clears).filter((d): d is string => d != null);
          const last = dates.sort().at(-1);
          if (!last) return;
          const days = Math.round((Date.parse(`${last}T00:00:00Z`) + DAY - asOf.getTime()) / DAY);
          const future = [...followed(steps, days, perDay, usual), ...past].slice(0, 365);
          const at = new Date(asOf.getTime() + days * DAY);
          // The peers kept their rates, the same every day: their windows are the same on any later day.
          const peersThen = peers;
          const after = evaluateMarketplace([sellerOf('s', future), ...peersThen], ctx(at, policy)).find(
            (e) => e.seller === 's',
          );
          expect(flagged(after), JSON.stringify({ before: before?.evidence, after: after?.evidence })).toEqual([]);
          expect(after?.status).toBe('ok');
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('never asks for a step the usual rate cannot meet, and never for zero', () => {
    const usual = Object.fromEntries(rated.map((m) => [m, peerRates[m]])) as Record<Rated, number>;
    const small = history(1, usual, { effect: 4, days: 25 });
    const result = evaluateMarketplace([sellerOf('s', small), ...peers], ctx(asOf)).find((e) => e.seller === 's');
    for (const step of result?.pathToGreen ?? []) {
      if (step.allowed == null) continue;
      const rate = usual[step.metric as Rated & MetricId] ?? 0;
      expect(step.allowed).toBeGreaterThanOrEqual(Math.max(1, rate * step.count));
    }
  });
});
