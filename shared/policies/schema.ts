import { z } from 'zod';
import { claimsPolicyOverridesSchema, claimsPolicySchema } from './claims.ts';

/**
 * A marketplace's quality policy. Policies are data: a marketplace picks one and may override any number
 * (stored as `marketplaces.policy_overrides`), and results change without code changes.
 */
export const policySchema = z.object({
  id: z.string(),
  /** Evaluation windows in days, ending at asOf. */
  windows: z.array(z.number().int().min(7).max(730)).min(1),
  /** Fewer delivered orders than this over a year: "not enough data", never a confident red. */
  minOrders: z.number().int().min(1),
  /** Rates above these are breaches (bad-outcome rates; answered24h is a good-outcome target). */
  thresholds: z.object({
    defectRate: z.number().min(0).max(1),
    lateDispatchRate: z.number().min(0).max(1),
    sellerCancellationRate: z.number().min(0).max(1),
    lostRate: z.number().min(0).max(1),
    answeredWithin24h: z.number().min(0).max(1),
    negativesResolvedWithin14d: z.number().min(0).max(1),
    complaintsPer100Orders: z.number().min(0),
  }),
  /** "Worsened": recent window against the seller's own earlier baseline. */
  worsened: z.object({
    recentWindows: z.array(z.number().int()).min(1),
    pValue: z.number().gt(0).lt(1),
    minRelativeIncrease: z.number().min(0),
  }),
  /** "Significantly worse": lower bound of the seller's interval above this peer percentile's rate. */
  peerPercentile: z.number().gt(0).lt(1),
  /** Days a buyer's negative review may stay unresolved. */
  unresolvedNegativeDays: z.number().int().min(1),
  exclusion: z.object({
    enabled: z.boolean(),
    minDays: z.number().int().min(1),
    reReviewDay: z.number().int().min(1),
    extendDays: z.number().int().min(1),
    letterAnswerDays: z.number().int().min(1),
  }),
  trial: z.object({
    days: z.number().int().min(0),
    maxContactsPerOrder: z.number().min(0),
    minMysteryShopScore: z.number().min(0).max(100),
  }),
  rating: z.object({ priorWeight: z.number().min(0) }),
  /** How buyers' claims are priced and how long a buyer has to report a problem (shared/policies/claims.ts). */
  claims: claimsPolicySchema,
});

export type Policy = z.infer<typeof policySchema>;

/**
 * What a marketplace may override: any number of its policy, each checked as the policy checks it, and no
 * unknown field (a misspelt threshold is an error naming it, not a silent no-op). Nested objects merge field
 * by field with the policy's; arrays replace.
 */
export const policyOverridesSchema = z.strictObject({
  windows: policySchema.shape.windows.optional(),
  minOrders: policySchema.shape.minOrders.optional(),
  thresholds: z.strictObject(policySchema.shape.thresholds.shape).partial().optional(),
  worsened: z.strictObject(policySchema.shape.worsened.shape).partial().optional(),
  peerPercentile: policySchema.shape.peerPercentile.optional(),
  unresolvedNegativeDays: policySchema.shape.unresolvedNegativeDays.optional(),
  exclusion: z.strictObject(policySchema.shape.exclusion.shape).partial().optional(),
  trial: z.strictObject(policySchema.shape.trial.shape).partial().optional(),
  rating: z.strictObject(policySchema.shape.rating.shape).partial().optional(),
  claims: claimsPolicyOverridesSchema.optional(),
});

export type PolicyOverrides = z.infer<typeof policyOverridesSchema>;
