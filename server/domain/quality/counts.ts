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
