import type { Policy } from '../../../shared/policies/index.ts';
import type { Axis, MetricId, PathStep } from '../../../shared/quality.ts';
import type { WindowCounts } from './counts.ts';

/** A bad-outcome rate: k bad outcomes out of n chances, scored against a policy threshold. */
export interface MetricDefinition {
  id: MetricId;
  axis: Axis;
  count(c: WindowCounts): { k: number; n: number };
  threshold(p: Policy): number;
  /** What the seller does to improve it, for the path to green. */
  action: PathStep['action'];
  /** Whether a recent jump in this rate counts as "worsened" (the Prom rules look at service quality). */
  watchedForWorsening: boolean;
}

export const metrics: readonly MetricDefinition[] = [
  {
    id: 'defectRate',
    axis: 'technical',
    count: (c) => ({ k: c.defective, n: c.delivered }),
    threshold: (p) => p.thresholds.defectRate,
    action: 'deliver_without_defects',
    watchedForWorsening: true,
  },
  {
    id: 'lateDispatchRate',
    axis: 'delivery',
    count: (c) => ({ k: c.lateDispatch, n: c.dispatchDue }),
    threshold: (p) => p.thresholds.lateDispatchRate,
    action: 'ship_on_time',
    watchedForWorsening: true,
  },
  {
    id: 'sellerCancellationRate',
    axis: 'delivery',
    count: (c) => ({ k: c.sellerCancelled, n: c.orders }),
    threshold: (p) => p.thresholds.sellerCancellationRate,
    action: 'avoid_cancellations',
    watchedForWorsening: true,
  },
  {
    id: 'lostRate',
    axis: 'delivery',
    count: (c) => ({ k: c.lost, n: c.shipped }),
    threshold: (p) => p.thresholds.lostRate,
    action: 'avoid_lost_parcels',
    watchedForWorsening: false,
  },
  {
    id: 'unansweredWithin24hRate',
    axis: 'afterSales',
    count: (c) => ({ k: c.contactsDue - c.answeredWithin24h, n: c.contactsDue }),
    threshold: (p) => 1 - p.thresholds.answeredWithin24h,
    action: 'answer_within_24h',
    watchedForWorsening: true,
  },
  {
    id: 'negativesUnresolvedWithin14dRate',
    axis: 'afterSales',
    count: (c) => ({ k: c.negativesDue - c.negativesResolvedWithin14d, n: c.negativesDue }),
    threshold: (p) => 1 - p.thresholds.negativesResolvedWithin14d,
    action: 'resolve_within_14d',
    watchedForWorsening: false,
  },
  {
    id: 'lateRefundRate',
    axis: 'afterSales',
    count: (c) => ({ k: c.refundsDue - c.refundsSettledInTime, n: c.refundsDue }),
    threshold: () => 0.1,
    action: 'settle_refunds_in_time',
    watchedForWorsening: false,
  },
  {
    id: 'complaintRate',
    axis: 'afterSales',
    count: (c) => ({ k: Math.min(c.complaints, c.orders), n: c.orders }),
    threshold: (p) => p.thresholds.complaintsPer100Orders / 100,
    action: 'orders_without_complaints',
    watchedForWorsening: true,
  },
];

/**
 * 0–100 from a bad-outcome rate against its threshold: 100 at zero, 70 at the threshold, 30 at twice it,
 * 0 from three times it; linear in between. Monotone: one more bad outcome never raises it.
 */
export function scoreRate(rate: number, threshold: number): number {
  if (threshold <= 0) return rate > 0 ? 0 : 100;
  const x = rate / threshold;
  const points: [number, number][] = [
    [0, 100],
    [1, 70],
    [2, 30],
    [3, 0],
  ];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1] as [number, number];
    const [x1, y1] = points[i] as [number, number];
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return 0;
}
