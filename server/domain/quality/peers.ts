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

/** Index of the first element of `sorted` for which `before` is false (binary search). */
function partitionPoint(sorted: readonly number[], before: (x: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(sorted[mid] as number)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Share of peers with a strictly lower rate, ties counted half: 0.93 = worse than 93% of peers. */
export function percentileOf(sorted: readonly number[], rate: number): number | null {
  if (sorted.length === 0) return null;
  const below = partitionPoint(sorted, (x) => x < rate);
  const notAbove = partitionPoint(sorted, (x) => x <= rate);
  return (below + (notAbove - below) / 2) / sorted.length;
}

export class PeerGroups {
  private readonly groups: Map<string, number[]>;

  constructor(groups: Record<string, number[]> = {}) {
    this.groups = new Map(Object.entries(groups));
  }

  /** Stored with each evaluation run, so one seller can be ranked without recomputing its peers. */
  toJSON(): Record<string, number[]> {
    return Object.fromEntries(this.groups);
  }

  add(scope: string, window: number, metric: MetricId, rate: number): void {
    const key = `${scope}|${window}|${metric}`;
    getOrCreate(this.groups, key, () => [] as number[]).push(rate);
  }

  seal(): void {
    for (const list of this.groups.values()) list.sort((a, b) => a - b);
  }

  /** The category's distribution when it has enough peers, the marketplace's otherwise. */
  distribution(category: string, window: number, metric: MetricId): readonly number[] {
    const inCategory = this.groups.get(`${category}|${window}|${metric}`) ?? [];
    if (inCategory.length >= MIN_CATEGORY_PEERS) return inCategory;
    return this.groups.get(`*|${window}|${metric}`) ?? [];
  }
}
