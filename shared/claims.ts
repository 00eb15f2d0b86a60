import { z } from 'zod';
import { type ClaimKind, type ClaimState, type OptionKind, type ProblemType, problemTypes } from './claim-terms.ts';

/**
 * Buyers' claims (issue 33): what the widget sends, what the buyer and the seller see. Amounts travel as
 * decimal strings ("200.00") and are computed in integer minor units; never as floats.
 */

export * from './claim-terms.ts';

export const problemType = z.enum(problemTypes);

export const money = z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, 'expected a decimal amount such as "200.00"');

/** "120.5" → 12050; throws on anything but a non-negative decimal with at most two decimals. */
export function toMinor(amount: string): number {
  const match = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match) throw new Error(`not a decimal amount: "${amount}"`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 12050 → "120.50". */
export function fromMinor(minor: number): string {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new Error(`not an amount in minor units: ${minor}`);
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

/** The public key a seller pastes into its shop page: `pk_` and 16–64 url-safe characters. */
export const shopKey = z.string().regex(/^pk_[A-Za-z0-9_-]{16,64}$/, 'expected a shop key such as "pk_…"');
/** The buyer's claim token, shown once in the claim link. */
export const claimToken = z.string().regex(/^cl_[A-Za-z0-9_-]{32,64}$/, 'expected a claim token such as "cl_…"');
const orderId = z.string().trim().min(1).max(128);
/** An email or a phone number, whichever the buyer gave the shop. */
const buyerContact = z.string().trim().min(3).max(254);

export const identifyOrderInput = z.strictObject({ shop: shopKey, order: orderId, contact: buyerContact });

export const openClaimInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('problem'),
    shop: shopKey,
    order: orderId,
    contact: buyerContact,
    /** Which line of the order; the first when the order has one. */
    lineNo: z.number().int().min(0).max(199).default(0),
    problem: problemType,
    description: z.string().trim().min(1).max(2000),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .default('en'),
  }),
  z.strictObject({
    kind: z.literal('instalments'),
    shop: shopKey,
    order: orderId,
    contact: buyerContact,
    months: z.number().int().min(2).max(36),
    description: z.string().trim().max(2000).default(''),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .default('en'),
  }),
]);
export type OpenClaimInput = z.input<typeof openClaimInput>;

export interface ClaimOption {
  kind: OptionKind;
  /** What the buyer gets back now: the partial refund, or the full price on a return; null for repair/replacement. */
  buyerAmount: string | null;
  /** What this option costs the seller, net of the returned unit's resale. */
  sellerCost: string;
}

export interface ClaimOffer {
  currency: string;
  /** The options the buyer may choose, the partial refund first when there is one. */
  options: ClaimOption[];
  /** The partial refund proposed, or null when none is (reported too late, or nothing to refund). */
  proposedRefund: string | null;
  /** The cheapest alternative to the partial refund and what it would cost the seller. */
  cheapestAlternative: { kind: OptionKind; sellerCost: string } | null;
  /** What the seller saves by accepting the partial refund instead of the cheapest alternative. */
  sellerSaving: string | null;
  /** Why no partial refund (or no option at all) is offered. */
  refusal: 'reported_late' | 'not_delivered' | 'return_window_closed' | null;
  /** Until when the problem could be reported (ISO), for the buyer's and the seller's information. */
  reportBy: string | null;
}

/** A claim as the seller's side names it. */
export const claimRef = z.strictObject({
  marketplace: z.string().min(1).max(128),
  claim: z.string().min(1).max(64),
});
export const counterOfferInput = claimRef.extend({ amount: money, note: z.string().trim().max(1000).default('') });
export const declineInput = claimRef.extend({ reason: z.string().trim().min(3).max(1000) });

/** What the buyer is shown of an offer: never what an option costs the seller. */
export interface BuyerOffer {
  currency: string;
  options: { kind: OptionKind; buyerAmount: string | null }[];
  proposedRefund: string | null;
  refusal: ClaimOffer['refusal'];
  reportBy: string | null;
}

/** What the buyer sees of a claim through its token. */
export interface BuyerClaimView {
  kind: ClaimKind;
  problem: ProblemType | null;
  state: ClaimState;
  createdAt: string;
  offer: BuyerOffer | null;
  /** The monthly amount of an instalments request. */
  monthly: string | null;
  months: number | null;
  photos: number;
  answer: { answer: 'accept' | 'counter' | 'decline'; amount: string | null; note: string | null; at: string } | null;
}
