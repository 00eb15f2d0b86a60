/** What the data layer counts per seller and window; the rest of the quality model works on these. */

/** Raw counts for one seller and one window: the numerators and denominators of every rate. */
export interface WindowCounts {
  orders: number;
  delivered: number;
  defective: number;
  dispatchDue: number;
  lateDispatch: number;
  sellerCancelled: number;
  shipped: number;
  lost: number;
  tracked: number;
  contactsDue: number;
  answeredWithin24h: number;
  medianFirstResponseHours: number | null;
  contacts: number;
  reviews: number;
  ratingSum: number;
  satisfiedReviews: number;
  negativesDue: number;
  negativesResolvedWithin14d: number;
  complaints: number;
  refundsDue: number;
  refundsSettledInTime: number;
  npsAnswers: number;
  promoters: number;
  detractors: number;
  mysteryShops: number;
  mysteryScoreSum: number;
}

/**
 * Every count at zero, written out as one literal: objects of a single shape keep V8's fast property access
 * in the loops that fill them (adding fields one by one left 30k of them in dictionary mode).
 */
export function emptyWindowCounts(): WindowCounts {
  return {
    orders: 0,
    delivered: 0,
    defective: 0,
    dispatchDue: 0,
    lateDispatch: 0,
    sellerCancelled: 0,
    shipped: 0,
    lost: 0,
    tracked: 0,
    contactsDue: 0,
    answeredWithin24h: 0,
    medianFirstResponseHours: null,
    contacts: 0,
    reviews: 0,
    ratingSum: 0,
    satisfiedReviews: 0,
    negativesDue: 0,
    negativesResolvedWithin14d: 0,
    complaints: 0,
    refundsDue: 0,
    refundsSettledInTime: 0,
    npsAnswers: 0,
    promoters: 0,
    detractors: 0,
    mysteryShops: 0,
    mysteryScoreSum: 0,
  };
}

export interface SellerCounts {
  seller: string;
  category: string;
  joinedAt: Date;
  /** Keyed by window length in days. */
  windows: Map<number, WindowCounts>;
  unresolvedNegatives: number;
  overdueNegatives: number;
  oldestUnresolvedDays: number | null;
}
