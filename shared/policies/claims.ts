import { z } from 'zod';
import { problemTypes } from '../claims.ts';

/** A fraction of the item's price, 0..1. */
const share = z.number().min(0).max(1);
/** An amount in the marketplace currency's minor units (cents, kopecks): a whole number, at most 100,000.00. */
const minorAmount = z.number().int().min(0).max(10_000_000);
const businessDays = z.number().int().min(1).max(60);
const calendarDays = z.number().int().min(1).max(365);

const perProblem = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(problemTypes.map((p) => [p, value])) as Record<(typeof problemTypes)[number], T>);

/**
 * How a marketplace prices a buyer's claim: what each alternative to a partial refund costs the seller, how
 * much of the price each problem is worth, and how long a buyer has to report it. Numbers only, so a
 * marketplace changes them with overrides, not code.
 */
export const claimsPolicySchema = z.object({
  /** One courier leg, to or from the buyer. */
  shippingPerLeg: minorAmount,
  /** Receiving, checking and restocking a returned unit, or packing a replacement. */
  handling: minorAmount,
  /** What a returned, opened unit sells for, as a share of its price (about half, seed 003). */
  resaleShare: share,
  /** A repair's parts and labour as a share of the price (shipping both ways comes on top). */
  repairShare: share,
  /** The partial refund a problem is worth, as a share of the price, before the cap by the alternatives. */
  severity: perProblem(share),
  /** Business days after delivery within which the problem must be reported (e.g. damage within 3). */
  reportWithinBusinessDays: perProblem(businessDays),
  /** Calendar days after delivery within which the buyer may still send the item back. */
  returnWithinDays: calendarDays,
  /** A switch to instalments: offered on orders of at least this total, in these numbers of months. */
  instalments: z.object({
    enabled: z.boolean(),
    minOrderTotal: minorAmount,
    months: z.array(z.number().int().min(2).max(36)).min(1).max(6),
  }),
});

export type ClaimsPolicy = z.infer<typeof claimsPolicySchema>;

export const claimsPolicyOverridesSchema = z
  .strictObject({
    ...claimsPolicySchema.shape,
    severity: perProblem(share).partial(),
    reportWithinBusinessDays: perProblem(businessDays).partial(),
    instalments: z.strictObject(claimsPolicySchema.shape.instalments.shape).partial(),
  })
  .partial();

/** Widely used terms: damage and wrong or missing items reported within 3 business days, 14 days to return. */
export const genericClaims: ClaimsPolicy = {
  shippingPerLeg: 1500,
  handling: 1000,
  resaleShare: 0.5,
  repairShare: 0.25,
  severity: {
    cosmetic_damage: 0.15,
    not_working: 0.4,
    wrong_item: 0.3,
    missing_part: 0.2,
    late: 0.05,
    other: 0.1,
  },
  reportWithinBusinessDays: {
    cosmetic_damage: 3,
    not_working: 30,
    wrong_item: 3,
    missing_part: 3,
    late: 10,
    other: 10,
  },
  returnWithinDays: 14,
  instalments: { enabled: true, minOrderTotal: 10_000, months: [3, 6, 12] },
};

/** Back Market (issue 33): damage within three business days, a fault within 60 business days, 30 days to return. */
export const backmarketClaims: ClaimsPolicy = {
  ...genericClaims,
  repairShare: 0.2,
  reportWithinBusinessDays: { ...genericClaims.reportWithinBusinessDays, not_working: 60 },
  returnWithinDays: 30,
};
