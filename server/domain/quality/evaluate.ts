import type { Policy } from '../../../shared/policies/index.ts';
import type {
  AxisResult,
  axes,
  DefectCluster,
  Flag,
  MetricResult,
  PathStep,
  SellerEvaluation,
  Status,
} from '../../../shared/quality.ts';
import type { SellerCounts, WindowCounts } from './counts.ts';
import { binomialMidP, holmRejected } from './exact.ts';
import { type MetricDefinition, metrics, scoreRate } from './metrics.ts';
import { rateStep, sortSteps } from './path-to-green.ts';
import { MIN_PEER_N, meanOf, PeerGroups, percentileOf, quantile } from './peers.ts';
import { bayesianRating, nps, wilson } from './stats.ts';
import { type Finding, PEER_SHARE, worsenedFindings } from './worsened.ts';

export interface EvaluationContext {
  marketplace: string;
  asOf: Date;
  policy: Policy;
  /** The window the axes are shown for (90 days unless the policy lacks it). */
  window: number;
  clusters: ReadonlyMap<string, DefectCluster[]>;
  /** Sellers under an active catalogue exclusion. */
  excluded: ReadonlySet<string>;
}

const DAY = 86_400_000;
const metricById = new Map(metrics.map((m) => [m.id, m]));
/** The axis of each metric, in `metrics` order, which is the order of a window's results. */
const metricAxes = metrics.map((m) => m.axis);
/** Flags in the order they decide the status; the first that fired is the rule. */
const atRiskFlags: Flag[] = ['worsened_30d', 'worsened_90d', 'low_365d'];
const watchFlags: Flag[] = [
  'significantly_worse',
  'threshold_breached',
  'unresolved_negatives_overdue',
  'defect_cluster',
];

export function buildPeers(all: readonly SellerCounts[], windows: readonly number[]): PeerGroups {
  const peers = new PeerGroups();
  for (const seller of all) {
    for (const w of windows) {
      const counts = seller.windows.get(w);
      if (!counts) continue;
      for (const metric of metrics) {
        const { k, n } = metric.count(counts);
        if (n < MIN_PEER_N) continue;
        peers.add(seller.category, w, metric.id, k / n);
        peers.add('*', w, metric.id, k / n);
      }
    }
  }
  peers.seal();
  return peers;
}

/** The marketplace's mean rating over the longest window: the prior of every seller's Bayesian rating. */
export function marketplaceMeanRating(all: readonly SellerCounts[], window: number): number {
  let sum = 0;
  let count = 0;
  for (const seller of all) {
    const c = seller.windows.get(window);
    sum += c?.ratingSum ?? 0;
    count += c?.reviews ?? 0;
  }
  return count === 0 ? 4 : sum / count;
}

export function evaluateMarketplace(all: readonly SellerCounts[], ctx: EvaluationContext): SellerEvaluation[] {
  const longest = Math.max(...ctx.policy.windows);
  const peers = buildPeers(all, ctx.policy.windows);
  const prior = marketplaceMeanRating(all, longest);
  return all.map((seller) => evaluateSeller(seller, peers, prior, ctx));
}

function metricResult(
  def: MetricDefinition,
  c: WindowCounts,
  category: string,
  w: number,
  peers: PeerGroups,
  p: Policy,
  out: { peerP: number; bar: number | null },
): MetricResult {
  const { k, n } = def.count(c);
  const estimate = wilson(Math.max(0, k), n);
  const distribution = peers.distribution(category, w, def.id);
  const peerP90 = quantile(distribution, p.peerPercentile);
  const threshold = def.threshold(p);
  // "Significantly worse" tests the rate against the peers' 90th percentile, but never against less than the
  // peers' mean: when most peers have none of a rare event the percentile is 0 and would find one event worse.
  const mean = meanOf(distribution);
  out.bar = peerP90 === null || mean === null ? null : Math.max(peerP90, mean);
  out.peerP = n >= MIN_PEER_N && out.bar !== null && beyondNoise(k, n, out.bar) ? binomialMidP(k, n, out.bar) : 1;
  // Fields written out rather than spread from the estimate: ten thousand sellers make 180,000 of these.
  return {
    metric: def.id,
    k: estimate.k,
    n: estimate.n,
    rate: round(estimate.rate, 6),
    low: round(estimate.low, 6) ?? 0,
    high: round(estimate.high, 6) ?? 1,
    score: estimate.rate === null ? null : Math.round(scoreRate(estimate.rate, threshold)),
    threshold,
    peerP90: round(peerP90, 6),
    percentile: estimate.rate === null ? null : round(percentileOf(distribution, estimate.rate), 4),
    significantlyWorse: false,
  };
}

/**
 * Whether k of n is more than two standard deviations above rate `bar`: below that the exact p-value is above
 * 0.01 (the binomial's right tail is heavier than the normal's), far from any level the peer test uses (at most
 * 0.001), so it is not worth computing.
 */
function beyondNoise(k: number, n: number, bar: number): boolean {
  const mean = n * bar;
  return k > mean && (k - mean) ** 2 > 4 * mean * (1 - bar);
}

/** Per metric of a window: the peer test's mid-p value and the rate it tested against. */
interface PeerTests {
  p: number[];
  bars: (number | null)[];
}

/** Every metric's result for one window, in `metrics` order. Module functions, not closures made per seller. */
function windowResults(
  c: WindowCounts,
  category: string,
  w: number,
  peers: PeerGroups,
  p: Policy,
  tests: PeerTests,
): MetricResult[] {
  const results = new Array<MetricResult>(metrics.length);
  const out = { peerP: 1, bar: null as number | null };
  for (let i = 0; i < metrics.length; i++) {
    results[i] = metricResult(metrics[i] as MetricDefinition, c, category, w, peers, p, out);
    tests.p[i] = out.peerP;
    tests.bars[i] = out.bar;
  }
  return results;
}

/**
 * "Significantly worse than peers": per metric and window (the shown one and the year), an exact one-sided
 * binomial mid-p test that the rate is above the peers' bar, with Holm across all of them at `PEER_SHARE` of the
 * policy's p-value. Marks the results.
 */
function markSignificantlyWorse(families: { results: MetricResult[]; tests: PeerTests }[], p: Policy): void {
  // Most sellers are at or under every bar: every p is 1 and nothing is marked.
  if (families.every((f) => f.tests.p.every((x) => x === 1))) return;
  const pValues = families.flatMap((f) => f.tests.p);
  const alpha = p.worsened.pValue * PEER_SHARE;
  const rejected = holmRejected(pValues, alpha);
  let i = 0;
  for (const f of families) {
    for (const r of f.results) r.significantlyWorse = rejected[i++] === true;
  }
}

/** One axis from a window's results (`windowResults` order). */
function axisOf(results: readonly MetricResult[], axis: (typeof axes)[number]): AxisResult {
  const own: MetricResult[] = [];
  for (let i = 0; i < results.length; i++) if (metricAxes[i] === axis) own.push(results[i] as MetricResult);
  return axisResult(own);
}

/** An axis: half its weakest metric's score, half the mean of its scored metrics; headline from the weakest. */
function axisResult(results: MetricResult[]): AxisResult {
  let weakest: MetricResult | null = null;
  let lowest = Number.POSITIVE_INFINITY;
  let sum = 0;
  let scored = 0;
  for (const r of results) {
    if (r.score === null) continue;
    if (weakest === null || r.score < (weakest.score ?? 0)) weakest = r;
    lowest = Math.min(lowest, r.score);
    sum += r.score;
    scored += 1;
  }
  const score = scored ? Math.round(0.5 * lowest + (0.5 * sum) / scored) : null;
  return {
    score,
    metric: weakest?.metric ?? null,
    rate: weakest?.rate ?? null,
    low: weakest?.low ?? 0,
    high: weakest?.high ?? 1,
    n: weakest?.n ?? 0,
    percentile: weakest?.percentile ?? null,
    metrics: results,
  };
}

interface IntervalJudgement {
  flag: Flag;
  window: number;
  asOf: Date;
  /** The peer tests of this window: the bar each metric was tested against. */
  tests: PeerTests;
}

function intervalFindings(results: MetricResult[], j: IntervalJudgement): Finding[] {
  const { flag, window } = j;
  const findings: Finding[] = [];
  results.forEach((r, i) => {
    const def = metricById.get(r.metric);
    if (!def) return;
    const worseThanPeers = flag !== 'threshold_breached' && r.significantlyWorse;
    const overThreshold = flag === 'threshold_breached' && r.n >= MIN_PEER_N && r.low > r.threshold;
    if (!worseThanPeers && !overThreshold) return;
    const bar = j.tests.bars[i] ?? r.threshold;
    // The rate to get back under is the bar itself: the threshold, or the peers' (their 90th percentile, never
    // under their mean). A window's worth of new chances at or under it leaves the rule nothing to find.
    const allowed = (next: number) => Math.floor(next * (overThreshold ? r.threshold : bar) + 1e-9);
    findings.push({
      flag,
      evidence: {
        flag,
        metric: r.metric,
        window,
        ids: [],
        figures: { k: r.k, n: r.n, rate: r.rate, low: r.low, high: r.high, peerP90: r.peerP90, threshold: r.threshold },
      },
      steps: [
        rateStep({
          action: def.action,
          metric: r.metric,
          window,
          perDay: r.n / window,
          usualRate: r.n ? r.k / r.n : 0,
          allowed,
          asOf: j.asOf,
          noWaiting: true,
        }),
      ],
    });
  });
  return findings;
}

export function evaluateSeller(
  seller: SellerCounts,
  peers: PeerGroups,
  priorRating: number,
  ctx: EvaluationContext,
): SellerEvaluation {
  const p = ctx.policy;
  const longest = Math.max(...p.windows);
  const whole = seller.windows.get(longest);
  const shown = seller.windows.get(ctx.window) ?? whole;
  if (!whole || !shown) throw new Error(`no counts for seller ${seller.seller}`);
  const shownTests: PeerTests = { p: [], bars: [] };
  const yearTests: PeerTests = { p: [], bars: [] };
  const shownResults = windowResults(shown, seller.category, ctx.window, peers, p, shownTests);
  const yearResults = windowResults(whole, seller.category, longest, peers, p, yearTests);
  // One family of peer tests per seller (the shown window is the year when the policy has no 90 days).
  markSignificantlyWorse(
    shown === whole
      ? [{ results: yearResults, tests: yearTests }]
      : [
          { results: shownResults, tests: shownTests },
          { results: yearResults, tests: yearTests },
        ],
    p,
  );
  if (shown === whole) {
    for (let i = 0; i < shownResults.length; i++) {
      (shownResults[i] as MetricResult).significantlyWorse = yearResults[i]?.significantlyWorse ?? false;
    }
  }
  const enoughData = whole.orders >= p.minOrders;
  const inTrial = p.trial.days > 0 && seller.joinedAt.getTime() > ctx.asOf.getTime() - p.trial.days * DAY;
  const clusters = ctx.clusters.get(seller.seller) ?? [];

  const findings: Finding[] = [];
  if (enoughData) {
    const asOf = ctx.asOf;
    findings.push(...worsenedFindings(seller, p, longest, asOf));
    const shownWindow = { window: ctx.window, asOf, tests: shownTests };
    findings.push(...intervalFindings(yearResults, { flag: 'low_365d', window: longest, asOf, tests: yearTests }));
    findings.push(...intervalFindings(shownResults, { flag: 'significantly_worse', ...shownWindow }));
    findings.push(...intervalFindings(shownResults, { flag: 'threshold_breached', ...shownWindow }));
  }
  if (seller.overdueNegatives > 0) {
    findings.push({
      flag: 'unresolved_negatives_overdue',
      evidence: {
        flag: 'unresolved_negatives_overdue',
        metric: null,
        window: null,
        ids: [],
        figures: {
          overdue: seller.overdueNegatives,
          unresolved: seller.unresolvedNegatives,
          oldestDays: seller.oldestUnresolvedDays,
        },
      },
      steps: [
        {
          action: 'resolve_negatives',
          count: seller.overdueNegatives,
          of: seller.unresolvedNegatives,
          metric: null,
          detail: null,
        },
      ],
    });
  }
  for (const cluster of clusters) {
    findings.push({
      flag: 'defect_cluster',
      evidence: {
        flag: 'defect_cluster',
        metric: 'defectRate',
        window: 90,
        ids: cluster.returnIds,
        figures: {
          count: cluster.count,
          units: cluster.units,
          rate: cluster.rate,
          baselineRate: cluster.baselineRate,
          p: cluster.p,
        },
      },
      steps: [
        {
          action: 'fix_defect_cluster',
          count: cluster.count,
          of: null,
          metric: 'defectRate',
          detail: `${cluster.model} · ${cluster.component}`,
        },
      ],
    });
  }

  if (inTrial) findings.push(trialFinding(shown, whole, p));
  const flags = new Set<Flag>(findings.map((f) => f.flag));
  if (!enoughData) flags.add('not_enough_data');
  if (inTrial) flags.add('trial');
  const excluded = ctx.excluded.has(seller.seller);
  if (excluded) flags.add('excluded');
  const { status, rule } = decideStatus(flags, { excluded, inTrial, enoughData });

  const steps = new Map<string, PathStep>();
  if (status !== 'ok') {
    for (const step of findings.flatMap((f) => f.steps ?? [])) {
      // One step per action, metric and window: the most demanding (the lowest rate allowed, or the most to do).
      const key = `${step.action}\u0000${step.detail ?? ''}\u0000${step.metric ?? ''}\u0000${step.window ?? ''}`;
      const known = steps.get(key);
      if (!known || demands(step) > demands(known)) steps.set(key, step);
    }
  }

  return {
    marketplace: ctx.marketplace,
    seller: seller.seller,
    asOf: dayOf(ctx.asOf),
    window: ctx.window,
    status,
    rule,
    flags: [...flags],
    axes: {
      technical: axisOf(shownResults, 'technical'),
      delivery: axisOf(shownResults, 'delivery'),
      afterSales: axisOf(shownResults, 'afterSales'),
    },
    rating: whole.reviews
      ? round(bayesianRating(whole.ratingSum, whole.reviews, priorRating, p.rating.priorWeight), 2)
      : null,
    reviews: whole.reviews,
    nps: nps(whole.promoters, whole.detractors, whole.npsAnswers),
    csat: whole.reviews ? round(whole.satisfiedReviews / whole.reviews, 3) : null,
    unresolvedNegatives: seller.unresolvedNegatives,
    overdueNegatives: seller.overdueNegatives,
    oldestUnresolvedDays: seller.oldestUnresolvedDays,
    contactsPerOrder: shown.orders ? round(shown.contacts / shown.orders, 3) : null,
    medianFirstResponseHours: round(shown.medianFirstResponseHours, 1),
    mysteryShopScore: whole.mysteryShops ? round(whole.mysteryScoreSum / whole.mysteryShops, 1) : null,
    clusters,
    evidence: findings.map((f) => f.evidence),
    pathToGreen: sortSteps([...steps.values()]),
  };
}

/** How much a step asks: a rate step by how low a rate it allows, any other by its count. */
const demands = (step: PathStep) => (step.rate != null ? 1 - step.rate : step.count);

/** A new seller is watched closely (seed 000): contacts per order and mystery-shopper scores. */
function trialFinding(shown: WindowCounts, whole: WindowCounts, p: Policy): Finding {
  return {
    flag: 'trial',
    evidence: {
      flag: 'trial',
      metric: null,
      window: null,
      ids: [],
      figures: {
        orders: whole.orders,
        contactsPerOrder: shown.orders ? round(shown.contacts / shown.orders, 3) : null,
        medianFirstResponseHours: round(shown.medianFirstResponseHours, 1),
        maxContactsPerOrder: p.trial.maxContactsPerOrder,
        answeredWithin24h: shown.contactsDue ? round(shown.answeredWithin24h / shown.contactsDue, 3) : null,
        mysteryShops: whole.mysteryShops,
        mysteryShopScore: whole.mysteryShops ? round(whole.mysteryScoreSum / whole.mysteryShops, 1) : null,
        minMysteryShopScore: p.trial.minMysteryShopScore,
      },
    },
  };
}

function decideStatus(
  flags: ReadonlySet<Flag>,
  facts: { excluded: boolean; inTrial: boolean; enoughData: boolean },
): { status: Status; rule: Flag | null } {
  if (facts.excluded) return { status: 'excluded', rule: 'excluded' };
  const atRisk = atRiskFlags.find((f) => flags.has(f));
  const watch = watchFlags.find((f) => flags.has(f));
  if (facts.inTrial) return { status: 'trial', rule: 'trial' };
  if (atRisk && facts.enoughData) return { status: 'at_risk', rule: atRisk };
  if (watch) return { status: 'watch', rule: watch };
  if (!facts.enoughData) return { status: 'ok', rule: 'not_enough_data' };
  return { status: 'ok', rule: null };
}

/** The calendar day an evaluation speaks for: asOf is the exclusive end of that day. */
export function dayOf(asOf: Date): string {
  // Every seller of a run asks for the same day: formatting it each time cost a full run ~9 ms.
  const time = asOf.getTime();
  if (time !== lastDay.time) lastDay = { time, day: new Date(time - 1).toISOString().slice(0, 10) };
  return lastDay.day;
}
let lastDay = { time: Number.NaN, day: '' };

function round(value: number | null, digits: number): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
