import { genericClaims } from './claims.ts';
import type { Policy } from './schema.ts';

/** Widely used marketplace thresholds: ODR < 1%, late shipment < 4%, cancellation < 2.5%, 90% answered in 24 h. */
export const generic: Policy = {
  id: 'generic',
  windows: [30, 90, 365],
  minOrders: 30,
  thresholds: {
    defectRate: 0.01,
    lateDispatchRate: 0.04,
    sellerCancellationRate: 0.025,
    lostRate: 0.01,
    answeredWithin24h: 0.9,
    negativesResolvedWithin14d: 0.8,
    complaintsPer100Orders: 2,
  },
  worsened: { recentWindows: [30, 90], pValue: 0.01, minRelativeIncrease: 0.5 },
  peerPercentile: 0.9,
  unresolvedNegativeDays: 14,
  exclusion: { enabled: false, minDays: 14, reReviewDay: 14, extendDays: 14, letterAnswerDays: 14 },
  trial: { days: 0, maxContactsPerOrder: 0.5, minMysteryShopScore: 70 },
  rating: { priorWeight: 20 },
  claims: genericClaims,
};
