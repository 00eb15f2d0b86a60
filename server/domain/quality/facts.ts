import type { DefectCluster } from '../../../shared/quality.ts';
import { emptyWindowCounts, type SellerCounts, type WindowCounts } from './counts.ts';

/**
 * What a full run stores per seller: the counts it judged and the seller's clusters and exclusion, about a
 * tenth of the evaluation they produce. The run stores the peers, prior and policy, so the evaluation is
 * derived again, the same, when someone opens it (most sellers' evaluations are never opened on a given day).
 */
export interface SellerFacts {
  category: string;
  joinedAt: string;
  /** Per window: its length in days, then the counts in `countFields` order. */
  windows: (number | null)[][];
  unresolvedNegatives: number;
  overdueNegatives: number;
  oldestUnresolvedDays: number | null;
  clusters: DefectCluster[];
  excluded: boolean;
}

/** The order of a window's counts in `SellerFacts.windows`; appending a field keeps older facts readable. */
const countFields = [
  'orders',
  'delivered',
  'defective',
  'dispatchDue',
  'lateDispatch',
  'sellerCancelled',
  'shipped',
  'lost',
  'tracked',
  'contactsDue',
  'answeredWithin24h',
  'medianFirstResponseHours',
  'contacts',
  'reviews',
  'ratingSum',
  'satisfiedReviews',
  'negativesDue',
  'negativesResolvedWithin14d',
  'complaints',
  'refundsDue',
  'refundsSettledInTime',
  'npsAnswers',
  'promoters',
  'detractors',
  'mysteryShops',
  'mysteryScoreSum',
] as const satisfies readonly (keyof WindowCounts)[];

/** A window's row in `countFields` order, spelled out: a loop over the field names costs a full run ~40 ms. */
function windowRow(days: number, c: WindowCounts): (number | null)[] {
  return [
    days,
    c.orders,
    c.delivered,
    c.defective,
    c.dispatchDue,
    c.lateDispatch,
    c.sellerCancelled,
    c.shipped,
    c.lost,
    c.tracked,
    c.contactsDue,
    c.answeredWithin24h,
    c.medianFirstResponseHours,
    c.contacts,
    c.reviews,
    c.ratingSum,
    c.satisfiedReviews,
    c.negativesDue,
    c.negativesResolvedWithin14d,
    c.complaints,
    c.refundsDue,
    c.refundsSettledInTime,
    c.npsAnswers,
    c.promoters,
    c.detractors,
    c.mysteryShops,
    c.mysteryScoreSum,
  ];
}

export function toFacts(seller: SellerCounts, clusters: readonly DefectCluster[], excluded: boolean): SellerFacts {
  const windows: (number | null)[][] = [];
  for (const [days, counts] of seller.windows) windows.push(windowRow(days, counts));
  return {
    category: seller.category,
    joinedAt: seller.joinedAt.toISOString(),
    windows,
    unresolvedNegatives: seller.unresolvedNegatives,
    overdueNegatives: seller.overdueNegatives,
    oldestUnresolvedDays: seller.oldestUnresolvedDays,
    clusters: [...clusters],
    excluded,
  };
}

export function fromFacts(seller: string, facts: SellerFacts): SellerCounts {
  const windows = new Map<number, WindowCounts>();
  for (const [days, ...values] of facts.windows) {
    const counts = emptyWindowCounts();
    countFields.forEach((field, i) => {
      if (field === 'medianFirstResponseHours') counts[field] = values[i] ?? null;
      else counts[field] = values[i] ?? 0;
    });
    windows.set(Number(days), counts);
  }
  return {
    seller,
    category: facts.category,
    joinedAt: new Date(facts.joinedAt),
    windows,
    unresolvedNegatives: facts.unresolvedNegatives,
    overdueNegatives: facts.overdueNegatives,
    oldestUnresolvedDays: facts.oldestUnresolvedDays,
  };
}
