import type { PathStep } from '../../../shared/quality.ts';
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
