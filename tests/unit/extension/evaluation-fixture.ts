import type { AxisResult, SellerEvaluation } from '../../../shared/quality.ts';

const axis = (score: number | null, metric: AxisResult['metric']): AxisResult => ({
  score,
  metric,
  rate: score === null ? null : (100 - score) / 1000,
  low: 0,
  high: 0.2,
  n: score === null ? 0 : 400,
  percentile: score === null ? null : 0.5,
  metrics: [],
});

/** A seller at risk: delivery worsened in 30 days, four path-to-green steps (the card shows three). */
export const atRisk: SellerEvaluation = {
  marketplace: 'demo',
  seller: 's-steady',
  asOf: '2025-11-22',
  window: 90,
  status: 'at_risk',
  rule: 'worsened_30d',
  flags: ['worsened_30d', 'unresolved_negatives_overdue'],
  axes: {
    technical: axis(91.4, 'defectRate'),
    delivery: axis(25, 'lateDispatchRate'),
    afterSales: axis(67, 'unansweredWithin24hRate'),
  },
  rating: 4.3,
  reviews: 321,
  nps: null,
  csat: 0.8,
  unresolvedNegatives: 7,
  overdueNegatives: 4,
  oldestUnresolvedDays: 20,
  contactsPerOrder: 0.1,
  medianFirstResponseHours: 3.5,
  mysteryShopScore: null,
  clusters: [],
  evidence: [],
  pathToGreen: [
    { action: 'ship_on_time', count: 60, of: null, metric: 'lateDispatchRate', detail: null },
    { action: 'resolve_negatives', count: 4, of: 7, metric: null, detail: null },
    { action: 'answer_within_24h', count: 1, of: null, metric: 'unansweredWithin24hRate', detail: null },
    { action: 'avoid_lost_parcels', count: 3, of: null, metric: 'lostRate', detail: null },
  ],
};

/** A new seller with too few orders: ok by default, rule `not_enough_data`, no axis scores. */
export const thin: SellerEvaluation = {
  ...atRisk,
  status: 'ok',
  rule: 'not_enough_data',
  flags: ['not_enough_data'],
  axes: { technical: axis(null, null), delivery: axis(35, 'lateDispatchRate'), afterSales: axis(null, null) },
  pathToGreen: [],
};
