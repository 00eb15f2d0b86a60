import { z } from 'zod';
import { type Axis, axes } from './quality-axes.ts';

/** The quality model's output, as the server stores it and the extension, dashboard and CLI read it. */

export const statuses = ['ok', 'watch', 'at_risk', 'excluded', 'trial'] as const;
export const status = z.enum(statuses);
export type Status = z.infer<typeof status>;

export const flags = [
  'worsened_30d',
  'worsened_90d',
  'low_365d',
  'significantly_worse',
  'not_enough_data',
  'defect_cluster',
  'trial',
  'unresolved_negatives_overdue',
  'threshold_breached',
  'excluded',
] as const;
export const flag = z.enum(flags);
export type Flag = z.infer<typeof flag>;

export { type Axis, axes };

export const metricIds = [
  'defectRate',
  'lateDispatchRate',
  'sellerCancellationRate',
  'lostRate',
  'unansweredWithin24hRate',
  'negativesUnresolvedWithin14dRate',
  'lateRefundRate',
  'complaintRate',
] as const;
export type MetricId = (typeof metricIds)[number];

export const rateEstimate = z.object({
  k: z.number().int(),
  n: z.number().int(),
  rate: z.number().nullable(),
  low: z.number(),
  high: z.number(),
});

export const metricResult = rateEstimate.extend({
  metric: z.enum(metricIds),
  score: z.number().nullable(),
  threshold: z.number(),
  peerP90: z.number().nullable(),
  /** Share of peers with a lower (better) rate: 0.93 means worse than 93% of peers. */
  percentile: z.number().nullable(),
  significantlyWorse: z.boolean(),
});
export type MetricResult = z.infer<typeof metricResult>;

export const axisResult = z.object({
  score: z.number().nullable(),
  /** The axis's weakest metric, the one its headline figures come from. */
  metric: z.enum(metricIds).nullable(),
  rate: z.number().nullable(),
  low: z.number(),
  high: z.number(),
  n: z.number().int(),
  percentile: z.number().nullable(),
  metrics: z.array(metricResult),
});
export type AxisResult = z.infer<typeof axisResult>;

export const evidence = z.object({
  flag,
  metric: z.enum(metricIds).nullable(),
  window: z.number().int().nullable(),
  figures: z.record(z.string(), z.number().nullable()),
  ids: z.array(z.string()),
});
export type Evidence = z.infer<typeof evidence>;

export const pathStep = z.object({
  action: z.enum([
    'resolve_negatives',
    'ship_on_time',
    'avoid_cancellations',
    'deliver_without_defects',
    'answer_within_24h',
    'resolve_within_14d',
    'settle_refunds_in_time',
    'avoid_lost_parcels',
    'orders_without_complaints',
    'fix_defect_cluster',
    'wait_for_exclusion_end',
    'wait_for_window',
  ]),
  count: z.number().int(),
  of: z.number().int().nullable(),
  metric: z.enum(metricIds).nullable(),
  detail: z.string().nullable(),
  /**
   * A rate's step: at most `allowed` bad outcomes in the next `count` chances (a rate under `rate`) in the
   * `window`-day window, which at the seller's usual `perDay` chances a day takes until `by`. A wait step
   * (`wait_for_window`): the worse period leaves the window on `clears`.
   */
  window: z.number().int().nullable().optional(),
  allowed: z.number().int().nullable().optional(),
  rate: z.number().nullable().optional(),
  perDay: z.number().nullable().optional(),
  by: z.string().nullable().optional(),
  clears: z.string().nullable().optional(),
});
export type PathStep = z.infer<typeof pathStep>;

export const defectCluster = z.object({
  model: z.string(),
  component: z.string(),
  count: z.number().int(),
  units: z.number().int(),
  rate: z.number(),
  baselineRate: z.number().nullable(),
  p: z.number(),
  action: z.enum(['test_before_shipping', 'change_supplier']),
  returnIds: z.array(z.string()),
});
export type DefectCluster = z.infer<typeof defectCluster>;

export const sellerEvaluation = z.object({
  marketplace: z.string(),
  seller: z.string(),
  asOf: z.string(),
  window: z.number().int(),
  status,
  rule: flag.nullable(),
  flags: z.array(flag),
  axes: z.object({ technical: axisResult, delivery: axisResult, afterSales: axisResult }),
  rating: z.number().nullable(),
  reviews: z.number().int(),
  nps: z.number().nullable(),
  csat: z.number().nullable(),
  unresolvedNegatives: z.number().int(),
  overdueNegatives: z.number().int(),
  oldestUnresolvedDays: z.number().int().nullable(),
  contactsPerOrder: z.number().nullable(),
  /** Median hours to the first answer to a buyer's message, in the shown window. */
  medianFirstResponseHours: z.number().nullable(),
  mysteryShopScore: z.number().nullable(),
  clusters: z.array(defectCluster),
  evidence: z.array(evidence),
  pathToGreen: z.array(pathStep),
});
export type SellerEvaluation = z.infer<typeof sellerEvaluation>;
