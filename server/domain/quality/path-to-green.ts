import type { MetricId, PathStep } from '../../../shared/quality.ts';
import { wilson } from './stats.ts';

/**
 * The fewest good outcomes in a row that bring k bad out of n to an acceptable level: the point rate at or
 * under `maxRate` and, when `maxLow` is given, the interval's lower bound at or under it too.
 */
export function goodOutcomesNeeded(k: number, n: number, maxRate: number, maxLow?: number): number {
  const fine = (m: number) => {
    const total = n + m;
    if (total === 0) return true;
    if (k / total > maxRate) return false;
    return maxLow === undefined || wilson(k, total).low <= maxLow;
  };
  if (fine(0)) return 0;
  let high = 1;
  while (!fine(high)) {
    high *= 2;
    if (high > 10_000_000) return high;
  }
  let low = high / 2;
  while (low + 1 < high) {
    const mid = Math.floor((low + high) / 2);
    if (fine(mid)) high = mid;
    else low = mid;
  }
  return high;
}

/** Orders the steps so that the cheapest concrete change comes first. */
export function sortSteps(steps: PathStep[]): PathStep[] {
  return [...steps].sort((a, b) => a.count - b.count);
}

const DAY = 86_400_000;
const dateOf = (ms: number) => new Date(ms - 1).toISOString().slice(0, 10);

export interface RateStepInput {
  action: PathStep['action'];
  metric: MetricId;
  /** The window the rate is judged on, in days. */
  window: number;
  /** The seller's usual chances a day (orders, messages, …) for this metric. */
  perDay: number;
  /** The seller's usual rate: a step that rate would miss is no step to offer. */
  usualRate: number;
  /** The most bad outcomes among `next` chances that keep the rule from firing. */
  allowed: (next: number) => number;
  /** Exclusive end of the evaluated day. */
  asOf: Date;
  /** Set when nothing of the past stays in the judgement (a rate over the year): then no waiting helps. */
  noWaiting?: boolean;
}

/**
 * A step of the path to green for a rate: at most `allowed` bad outcomes in the next `count` chances, which at the
 * seller's usual volume fill the whole window by `by`, so the rule then sees only them. Never a zero count: when
 * the rule allows none in a window's worth, or the seller's usual rate would exceed what it allows, what changes
 * the verdict is time, and the step says the day the worse period has left the window (`clears`).
 */
export function rateStep(i: RateStepInput): PathStep {
  const next = Math.max(1, Math.ceil(i.perDay * i.window));
  const allowed = Math.max(0, i.allowed(next));
  const by = dateOf(i.asOf.getTime() + i.window * DAY);
  const base = {
    action: i.action,
    of: null,
    metric: i.metric,
    detail: null,
    window: i.window,
    perDay: round2(i.perDay),
  };
  if (!i.noWaiting && (allowed < 1 || i.usualRate * next > allowed)) {
    return { ...base, action: 'wait_for_window', count: i.window, allowed: null, rate: null, by: null, clears: by };
  }
  return { ...base, count: next, allowed: Math.max(1, allowed), rate: Math.max(1, allowed) / next, by, clears: null };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The most bad outcomes among `next` chances that keep the rate's 95% interval from lying above `threshold`
 * (the rule of "threshold breached"); at least 0.
 */
export function mostWithinThreshold(next: number, threshold: number): number {
  let low = 0;
  let high = next + 1;
  if (wilson(0, next).low > threshold) return 0;
  while (low + 1 < high) {
    const mid = (low + high) >>> 1;
    if (wilson(mid, next).low <= threshold) low = mid;
    else high = mid;
  }
  return low;
}
