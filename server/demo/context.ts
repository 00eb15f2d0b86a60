import type { EventOf } from '../../shared/events.ts';
import type { Rates, SellerProfile } from './profiles.ts';
import type { Rng } from './random.ts';

/** Shared constants, time helpers and the per-seller generation context. */

export const MARKETPLACE = 'demo';
export const CURRENCY = 'UAH';
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** ISO 8601 in UTC with whole seconds: `2025-03-01T10:15:00Z`. */
export function iso(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

export function money(amount: number): string {
  return amount.toFixed(2);
}

export function floorDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

export interface SellerContext {
  p: SellerProfile;
  rng: Rng;
  asOf: number;
  joinedAt: number;
}

export function joinedAtOf(p: SellerProfile, asOf: number): number {
  return floorDay(asOf - p.joinedDaysAgo * DAY) + 9 * HOUR;
}

/** The seller's rates at a moment: the recent period's when it applies. */
export function ratesAt(ctx: SellerContext, at: number): Rates {
  const recent = ctx.p.recent;
  return recent && at >= ctx.asOf - recent.days * DAY ? recent.rates : ctx.p.base;
}

export interface Buckets {
  review: EventOf<'review'>[];
  review_update: EventOf<'review_update'>[];
  review_comment: EventOf<'review_comment'>[];
  contact: EventOf<'contact'>[];
  complaint: EventOf<'complaint'>[];
  return: EventOf<'return'>[];
  nps: EventOf<'nps'>[];
  mystery_shop: EventOf<'mystery_shop'>[];
}

export function emptyBuckets(): Buckets {
  return {
    review: [],
    review_update: [],
    review_comment: [],
    contact: [],
    complaint: [],
    return: [],
    nps: [],
    mystery_shop: [],
  };
}

export class Ids {
  private readonly counts = new Map<string, number>();
  constructor(private readonly seller: string) {}
  next(prefix: string): string {
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    return `${prefix}-${this.seller}-${String(n).padStart(5, '0')}`;
  }
}

export interface Aftermath extends SellerContext {
  out: Buckets;
  ids: Ids;
}
