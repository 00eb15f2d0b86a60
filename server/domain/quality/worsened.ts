import type { Policy } from '../../../shared/policies/index.ts';
import type { Evidence, Flag, MetricId, PathStep } from '../../../shared/quality.ts';
import type { SellerCounts, WindowCounts } from './counts.ts';
import { holmRejected, type Stratum, worsenedMidP } from './exact.ts';
import { type MetricDefinition, metrics } from './metrics.ts';
import { mostWithinThreshold, rateStep } from './path-to-green.ts';

export interface Finding {
  flag: Flag;
  evidence: Evidence;
  /** What takes it away: one step per window it depends on. */
  steps?: PathStep[];
}

/**
 * The share of the policy's p-value (the chance per seller and evaluation of any judgement on noise) spent on
 * "worsened"; the rest goes to the comparison with peers (`PEER_SHARE`).
 */
export const WORSENED_SHARE = 0.9;
export const PEER_SHARE = 1 - WORSENED_SHARE;
/** Fewer bad outcomes than this in a recent window never make a seller worsened, whatever the test says. */
export const MIN_WORSENED_COUNT = 3;

/**
 * Metrics that rise together are tested together: a shop whose operations slip (stock, staff, supplier) ships
 * late, cancels and sends faulty goods at once, and one test of their sum has the power that three tests of
 * three handfuls lack. Each metric is also tested alone, with a small weight, for a rise in one metric only
 * (a batch of faulty phones). Order outcomes carry most of the weight of the family (weighted Holm).
 */
const watched = metrics.filter((m) => m.watchedForWorsening);
const groups: { metrics: MetricDefinition[]; weight: number }[] = [
  { metrics: watched.filter((m) => m.axis !== 'afterSales'), weight: 4 },
  { metrics: watched.filter((m) => m.axis === 'afterSales'), weight: 1 },
  ...watched.map((m) => ({ metrics: [m], weight: 0.2 })),
];

/** The earlier part of a window: every count of `t` minus `p` (spelled out: a keyed loop is 20× slower here). */
export function subtract(t: WindowCounts, p: WindowCounts): WindowCounts {
  return {
    orders: t.orders - p.orders,
    delivered: t.delivered - p.delivered,
    defective: t.defective - p.defective,
    dispatchDue: t.dispatchDue - p.dispatchDue,
    lateDispatch: t.lateDispatch - p.lateDispatch,
    sellerCancelled: t.sellerCancelled - p.sellerCancelled,
    shipped: t.shipped - p.shipped,
    lost: t.lost - p.lost,
    tracked: t.tracked - p.tracked,
    contactsDue: t.contactsDue - p.contactsDue,
    answeredWithin24h: t.answeredWithin24h - p.answeredWithin24h,
    contacts: t.contacts - p.contacts,
    reviews: t.reviews - p.reviews,
    ratingSum: t.ratingSum - p.ratingSum,
    satisfiedReviews: t.satisfiedReviews - p.satisfiedReviews,
    negativesDue: t.negativesDue - p.negativesDue,
    negativesResolvedWithin14d: t.negativesResolvedWithin14d - p.negativesResolvedWithin14d,
    complaints: t.complaints - p.complaints,
    refundsDue: t.refundsDue - p.refundsDue,
    refundsSettledInTime: t.refundsSettledInTime - p.refundsSettledInTime,
    npsAnswers: t.npsAnswers - p.npsAnswers,
    promoters: t.promoters - p.promoters,
    detractors: t.detractors - p.detractors,
    mysteryShops: t.mysteryShops - p.mysteryShops,
    mysteryScoreSum: t.mysteryScoreSum - p.mysteryScoreSum,
    medianFirstResponseHours: t.medianFirstResponseHours,
  };
}

type StratumOf = Stratum & { def: MetricDefinition };

interface GroupTest {
  window: number;
  strata: StratumOf[];
  p: number;
}

/**
 * "Worsened": each recent window's bad outcomes against the seller's own baseline, the part of the longest
 * window before the longest recent one (so a change that began two months ago is not half in the baseline of
 * the 30-day test). Per window and group of metrics: an exact conditional mid-p test of the group's sum, only
 * when that sum is at least `MIN_WORSENED_COUNT` and `1 + minRelativeIncrease` times what the baseline rates
 * predict; weighted Holm across windows and groups at `WORSENED_SHARE` of the policy's p-value.
 */
export function worsenedFindings(seller: SellerCounts, p: Policy, longest: number, asOf: Date): Finding[] {
  const whole = seller.windows.get(longest);
  if (!whole) return [];
  const recentWindows = p.worsened.recentWindows.filter((w) => w < longest && seller.windows.has(w));
  if (recentWindows.length === 0) return [];
  const widest = seller.windows.get(Math.max(...recentWindows)) as WindowCounts;
  const baseline = subtract(whole, widest);
  const baselineDays = longest - Math.max(...recentWindows);
  const tests: GroupTest[] = [];
  const weights: number[] = [];
  for (const w of recentWindows) {
    const recentCounts = seller.windows.get(w) as WindowCounts;
    // Each metric's stratum once per window; the groups share them.
    const byMetric = new Map<MetricDefinition, StratumOf>();
    for (const def of watched) {
      const recent = def.count(recentCounts);
      const base = def.count(baseline);
      byMetric.set(def, { def, recentK: recent.k, recentN: recent.n, baselineK: base.k, baselineN: base.n });
    }
    for (const group of groups) {
      const strata = group.metrics.map((def) => byMetric.get(def) as StratumOf);
      tests.push({ window: w, strata, p: groupP(strata, p.worsened.minRelativeIncrease) });
      weights.push(group.weight);
    }
  }
  const rejected = holmRejected(
    tests.map((t) => t.p),
    p.worsened.pValue * WORSENED_SHARE,
    weights,
  );
  const findings: Finding[] = [];
  const named = new Set<string>();
  tests.forEach((test, i) => {
    if (!rejected[i]) return;
    const flag = `worsened_${test.window}d` as Flag;
    for (const s of risenStrata(test.strata, p.worsened.minRelativeIncrease)) {
      // A metric found by its group's test and by its own is named once per window.
      if (named.has(`${flag}|${s.def.id}`)) continue;
      named.add(`${flag}|${s.def.id}`);
      const baselineRate = s.baselineN ? s.baselineK / s.baselineN : 0;
      findings.push({
        flag,
        evidence: {
          flag,
          metric: s.def.id,
          window: test.window,
          ids: [],
          figures: {
            recentK: s.recentK,
            recentN: s.recentN,
            recentRate: s.recentN ? s.recentK / s.recentN : null,
            baselineK: s.baselineK,
            baselineN: s.baselineN,
            baselineRate,
            p: test.p,
          },
        },
        // The worse days stay in every longer recent window after they leave this one: a step for each.
        steps: recentWindows.filter((w) => w >= test.window).map((w) => worsenedStep(s, w, baselineDays, p, asOf)),
      });
    }
  });
  return findings;
}

/** The group's mid-p value, or 1 when the counts are too few or too close to the baseline to count. */
function groupP(strata: readonly Stratum[], minRelativeIncrease: number): number {
  let recent = 0;
  let expected = 0;
  for (const s of strata) {
    if (s.recentN <= 0 || s.baselineN <= 0) continue;
    recent += s.recentK;
    expected += (s.recentN * s.baselineK) / s.baselineN;
  }
  if (recent < MIN_WORSENED_COUNT || recent < expected * (1 + minRelativeIncrease)) return 1;
  return worsenedMidP(strata);
}

/** The group's metrics that rose by the policy's margin (at least the one that rose most, as the evidence). */
function risenStrata<S extends Stratum>(strata: readonly S[], minRelativeIncrease: number): S[] {
  const excess = (s: S) => s.recentK - (s.baselineN ? (s.recentN * s.baselineK) / s.baselineN : 0);
  const risen = strata.filter(
    (s) =>
      s.recentK > 0 &&
      s.recentN > 0 &&
      excess(s) > 0 &&
      s.recentK >= (s.recentK - excess(s)) * (1 + minRelativeIncrease),
  );
  if (risen.length) return risen;
  const most = [...strata].sort((a, b) => excess(b) - excess(a))[0];
  return most ? [most] : [];
}

/**
 * What takes the metric out of "worsened": in the window's next run of chances at the seller's usual volume, fewer
 * bad outcomes than `1 + minRelativeIncrease` times its own baseline rate predicts (kept under it in every
 * metric of the group, their sum is under it too). When that allows none, the usual rate itself would be
 * flagged in so short a window: what changes it is the worse period leaving the window.
 */
function worsenedStep(s: StratumOf, window: number, baselineDays: number, p: Policy, asOf: Date): PathStep {
  const baselineRate = s.baselineN ? s.baselineK / s.baselineN : 0;
  const perDay = s.baselineN / Math.max(1, baselineDays);
  return rateStep({
    action: s.def.action,
    metric: s.def.id as MetricId,
    window,
    perDay,
    usualRate: baselineRate,
    // Under the policy's margin over the baseline, and never so many that the threshold rule would fire instead.
    allowed: (next) =>
      Math.min(
        Math.ceil(next * baselineRate * (1 + p.worsened.minRelativeIncrease)) - 1,
        mostWithinThreshold(next, s.def.threshold(p)),
      ),
    asOf,
  });
}
