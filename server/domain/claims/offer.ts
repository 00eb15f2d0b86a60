import type { OptionKind, ProblemType } from '../../../shared/claims.ts';
import type { ClaimsPolicy } from '../../../shared/policies/claims.ts';
import { businessDeadline, calendarDeadline } from './business-days.ts';

/** The most an item may cost here, in minor units: price × basis points stays an exact integer below 2^53. */
export const maxItemPrice = 100_000_000_000;

export interface ClaimFacts {
  problem: ProblemType;
  /** The unit price of the item the claim is about, in minor units. */
  price: number;
  deliveredAt: Date | null;
  reportedAt: Date;
}

export interface PricedOption {
  kind: OptionKind;
  /** What the buyer gets back now, in minor units; null for a repair or a replacement. */
  buyerAmount: number | null;
  /** Net cost to the seller, in minor units. */
  sellerCost: number;
}

export interface Offer {
  options: PricedOption[];
  proposedRefund: number | null;
  cheapestAlternative: { kind: OptionKind; sellerCost: number } | null;
  sellerSaving: number | null;
  refusal: 'reported_late' | 'not_delivered' | 'return_window_closed' | null;
  reportBy: Date | null;
}

/** Which alternatives make sense for a problem: a late parcel is not repaired, a wrong item not repaired. */
const alternativesFor: Record<ProblemType, readonly Exclude<OptionKind, 'partial_refund'>[]> = {
  cosmetic_damage: ['repair', 'replacement', 'return'],
  not_working: ['repair', 'replacement', 'return'],
  wrong_item: ['replacement', 'return'],
  missing_part: ['replacement', 'return'],
  late: ['return'],
  other: ['replacement', 'return'],
};

/** price × share, rounded down, in integers: the share is taken as basis points. */
function portion(price: number, share: number): number {
  return Math.floor((price * Math.round(share * 10_000)) / 10_000);
}

/**
 * What each way out costs the seller. A return: the price back, the return leg and handling, less what the
 * returned unit resells for. A replacement: a leg each way and handling, and the returned unit's loss of
 * value (it resells at `resaleShare` of the price). A repair: a leg each way, handling and the repair itself.
 */
export function alternativeCost(kind: Exclude<OptionKind, 'partial_refund'>, price: number, p: ClaimsPolicy): number {
  const resale = portion(price, p.resaleShare);
  switch (kind) {
    case 'return':
      return price - resale + p.shippingPerLeg + p.handling;
    case 'replacement':
      return price - resale + 2 * p.shippingPerLeg + p.handling;
    case 'repair':
      return portion(price, p.repairShare) + 2 * p.shippingPerLeg + p.handling;
  }
}

/**
 * The options a buyer is shown for a problem, and the partial refund proposed: the problem's share of the
 * price, never more than the cheapest alternative would cost the seller, so that accepting it always saves
 * the seller money (the saving is shown to the seller). Outside the policy's time limit for the problem no
 * partial refund is proposed; outside the return window no return.
 */
export function computeOffer(facts: ClaimFacts, policy: ClaimsPolicy): Offer {
  const { price, problem } = facts;
  if (!Number.isSafeInteger(price) || price < 0 || price > maxItemPrice) {
    throw new Error(`price: expected whole minor units between 0 and ${maxItemPrice}, got ${price}`);
  }
  const delivered = facts.deliveredAt;
  if (!delivered && problem !== 'late' && problem !== 'other') {
    return {
      options: [],
      proposedRefund: null,
      cheapestAlternative: null,
      sellerSaving: null,
      refusal: 'not_delivered',
      reportBy: null,
    };
  }
  const reportBy = delivered ? businessDeadline(delivered, policy.reportWithinBusinessDays[problem]) : null;
  const returnOpen = !delivered || facts.reportedAt < calendarDeadline(delivered, policy.returnWithinDays);
  const kinds = alternativesFor[problem].filter((kind) => kind !== 'return' || returnOpen);
  const alternatives: PricedOption[] = kinds.map((kind) => ({
    kind,
    buyerAmount: kind === 'return' ? price : null,
    sellerCost: alternativeCost(kind, price, policy),
  }));
  const cheapest = alternatives.reduce<PricedOption | null>(
    (best, o) => (best === null || o.sellerCost < best.sellerCost ? o : best),
    null,
  );
  const late = reportBy !== null && facts.reportedAt >= reportBy;
  if (late || !cheapest) {
    const refusal = late ? 'reported_late' : 'return_window_closed';
    return {
      options: late ? alternatives.filter((o) => o.kind === 'return') : alternatives,
      proposedRefund: null,
      cheapestAlternative: cheapest && { kind: cheapest.kind, sellerCost: cheapest.sellerCost },
      sellerSaving: null,
      refusal,
      reportBy,
    };
  }
  const refund = Math.min(portion(price, policy.severity[problem]), cheapest.sellerCost, price);
  const partial: PricedOption = { kind: 'partial_refund', buyerAmount: refund, sellerCost: refund };
  return {
    options: refund > 0 ? [partial, ...alternatives] : alternatives,
    proposedRefund: refund > 0 ? refund : null,
    cheapestAlternative: { kind: cheapest.kind, sellerCost: cheapest.sellerCost },
    sellerSaving: refund > 0 ? cheapest.sellerCost - refund : null,
    refusal: null,
    reportBy,
  };
}
