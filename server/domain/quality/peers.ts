import { getOrCreate } from '../../../shared/maps.ts';
import type { MetricId } from '../../../shared/quality.ts';

/** Sorted point rates of a peer group for one metric and window. */
export interface PeerDistribution {
  rates: number[];
}

/** Peers need this many chances before their rate says anything about the group. */
export const MIN_PEER_N = 20;
/** A category with fewer rated sellers than this is compared with the whole marketplace. */
export const MIN_CATEGORY_PEERS = 5;

export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] as number;
  const b = sorted[upper] as number;
  return a + (b - a) * (position - lower);
}

/** How many elements of `sorted` are below `rate` (or, with `orEqual`, not above it): a binary search. */
function countBelow(sorted: readonly number[], rate: number, orEqual: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const x = sorted[mid] as number;
    if (x < rate || (orEqual && x === rate)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Share of peers with a strictly lower rate, ties counted half: 0.93 = worse than 93% of peers. */
export function percentileOf(sorted: readonly number[], rate: number): number | null {
  if (sorted.length === 0) return null;
  const below = countBelow(sorted, rate, false);
  const notAbove = countBelow(sorted, rate, true);
  return (below + (notAbove - below) / 2) / sorted.length;
}

const means = new WeakMap<readonly number[], number>();

/** The mean of a peer distribution (computed once per distribution): the typical seller's rate. */
export function meanOf(rates: readonly number[]): number | null {
  if (rates.length === 0) return null;
  const known = means.get(rates);
  if (known !== undefined) return known;
  let sum = 0;
  for (const r of rates) sum += r;
  const mean = sum / rates.length;
  means.set(rates, mean);
  return mean;
}

/** Sorted rates by window and metric, for one scope (a category, or `*` for the whole marketplace). */
type ScopeGroups = Map<number, Map<MetricId, number[]>>;

const newScope = (): ScopeGroups => new Map();
const newWindow = () => new Map<MetricId, number[]>();
const newRates = (): number[] => [];

export class PeerGroups {
  // Nested maps rather than "scope|window|metric" keys: ranking 10k sellers looks groups up ~300k times, and
  // building a key string for each lookup was a fifth of the judgement's time.
  private readonly scopes = new Map<string, ScopeGroups>();

  /** From the stored form, `{ "scope|window|metric": sortedRates }`. */
  constructor(groups: Record<string, number[]> = {}) {
    for (const [key, rates] of Object.entries(groups)) {
      const metricAt = key.lastIndexOf('|');
      const windowAt = key.lastIndexOf('|', metricAt - 1);
      if (windowAt < 0) throw new Error(`peers: malformed group key "${key}"`);
      const metric = key.slice(metricAt + 1) as MetricId;
      this.rates(key.slice(0, windowAt), Number(key.slice(windowAt + 1, metricAt)), metric).push(...rates);
    }
  }

  /** Stored with each evaluation run, so one seller can be ranked without recomputing its peers. */
  toJSON(): Record<string, number[]> {
    const stored: Record<string, number[]> = {};
    for (const [scope, windows] of this.scopes) {
      for (const [window, metrics] of windows) {
        for (const [metric, rates] of metrics) stored[`${scope}|${window}|${metric}`] = rates;
      }
    }
    return stored;
  }

  add(scope: string, window: number, metric: MetricId, rate: number): void {
    this.rates(scope, window, metric).push(rate);
  }

  seal(): void {
    for (const windows of this.scopes.values()) {
      for (const metrics of windows.values()) for (const rates of metrics.values()) sortNumbers(rates);
    }
  }

  /** The category's distribution when it has enough peers, the marketplace's otherwise. */
  distribution(category: string, window: number, metric: MetricId): readonly number[] {
    const inCategory = this.scopes.get(category)?.get(window)?.get(metric) ?? [];
    if (inCategory.length >= MIN_CATEGORY_PEERS) return inCategory;
    return this.scopes.get('*')?.get(window)?.get(metric) ?? [];
  }

  private rates(scope: string, window: number, metric: MetricId): number[] {
    const windows = getOrCreate(this.scopes, scope, newScope);
    const metrics = getOrCreate(windows, window, newWindow);
    return getOrCreate(metrics, metric, newRates);
  }
}

/** Ascending, in place: a typed array's native numeric sort, several times faster than a comparator. */
function sortNumbers(rates: number[]): void {
  const sorted = Float64Array.from(rates).sort();
  for (let i = 0; i < sorted.length; i++) rates[i] = sorted[i] as number;
}
