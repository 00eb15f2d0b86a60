import { randomBytes } from 'node:crypto';
import {
  type BuyerClaimView,
  type BuyerOffer,
  type ClaimKind,
  type ClaimOffer,
  type ClaimState,
  fromMinor,
  type OpenClaimInput,
  openClaimInput,
  type ProblemType,
  toMinor,
} from '../../shared/claims.ts';
import { resolvePolicy } from '../../shared/policies/index.ts';
import { contactHash, normalizeContact } from '../auth/buyer-contact.ts';
import { hashToken, newId } from '../auth/tokens.ts';
import { audit } from '../db/audit.ts';
import {
  answersOf,
  type BuyerOrder,
  type ClaimRow,
  claimById,
  claimByTokenHash,
  claimsOfSeller,
  insertClaim,
  insertPhotoBelow,
  orderForBuyer,
  photosOf,
  recordAnswer,
  type Shop,
} from '../db/claims.ts';
import type { Db } from '../db/client.ts';
import { sellerTie } from '../db/users.ts';
import { type Caller, maySeeSeller, type SellerRef } from '../domain/access.ts';
import { instalmentsFor } from '../domain/claims/instalments.ts';
import { computeOffer, type Offer } from '../domain/claims/offer.ts';
import { DomainError, type ErrorKind } from '../domain/errors.ts';
import { cleanPhoto, maxPhotosPerClaim, storePhoto } from './claim-photos.ts';

// Every claim write goes through this file, so that it can be routed through the one ingest path in one place.

export type ClaimErrorCode =
  | 'order_not_found'
  | 'line_not_found'
  | 'instalments_refused'
  | 'claim_not_found'
  | 'claim_closed'
  | 'too_many_photos'
  | 'not_an_image'
  | 'too_large'
  | 'amount_too_high';

const kindOf: Record<ClaimErrorCode, ErrorKind> = {
  order_not_found: 'not_found',
  claim_not_found: 'not_found',
  line_not_found: 'invalid',
  instalments_refused: 'invalid',
  claim_closed: 'conflict',
  too_many_photos: 'invalid',
  not_an_image: 'invalid',
  too_large: 'invalid',
  amount_too_high: 'invalid',
};

/** A claim's domain error: a code the widget translates for the buyer, and an English message for API users. */
export class ClaimError extends DomainError {
  constructor(
    readonly code: ClaimErrorCode,
    message: string,
  ) {
    super(kindOf[code], message);
    this.name = 'ClaimError';
  }
}

const notFound = () => new ClaimError('order_not_found', 'no order with this id and this email or phone');

/** The shop's order named by id and the buyer's email or phone; a wrong pair and an unknown order get one answer. */
export async function identifyOrder(db: Db, shop: Shop, orderId: string, contact: string): Promise<BuyerOrder> {
  const normalized = normalizeContact(contact);
  if (!normalized) throw notFound();
  const order = await orderForBuyer(db, shop, orderId, {
    kind: normalized.kind,
    hash: contactHash(normalized.kind, normalized.value),
  });
  if (!order) throw notFound();
  return order;
}

function offerView(offer: Offer, currency: string): ClaimOffer {
  return {
    currency,
    options: offer.options.map((o) => ({
      kind: o.kind,
      buyerAmount: o.buyerAmount === null ? null : fromMinor(o.buyerAmount),
      sellerCost: fromMinor(o.sellerCost),
    })),
    proposedRefund: offer.proposedRefund === null ? null : fromMinor(offer.proposedRefund),
    cheapestAlternative: offer.cheapestAlternative && {
      kind: offer.cheapestAlternative.kind,
      sellerCost: fromMinor(offer.cheapestAlternative.sellerCost),
    },
    sellerSaving: offer.sellerSaving === null ? null : fromMinor(offer.sellerSaving),
    refusal: offer.refusal,
    reportBy: offer.reportBy?.toISOString() ?? null,
  };
}

/** What the buyer may be shown of an offer: never the seller's costs or saving. */
function buyerOffer(offer: ClaimOffer | null): BuyerOffer | null {
  if (!offer) return null;
  return {
    currency: offer.currency,
    options: offer.options.map((o) => ({ kind: o.kind, buyerAmount: o.buyerAmount })),
    proposedRefund: offer.proposedRefund,
    refusal: offer.refusal,
    reportBy: offer.reportBy,
  };
}

export interface OpenedClaim {
  /** The buyer's claim token: shown once, in the claim link; only its hash is kept. */
  token: string;
  claim: BuyerClaimView;
}

/** Opens a claim on an order the buyer identified, with the offer priced by the marketplace's policy. */
export async function openClaim(db: Db, shop: Shop, raw: OpenClaimInput, now = new Date()): Promise<OpenedClaim> {
  const input = openClaimInput.parse(raw);
  const order = await identifyOrder(db, shop, input.order, input.contact);
  const policy = resolvePolicy(shop.policy, shop.overrides).claims;
  const token = `cl_${randomBytes(32).toString('base64url')}`;
  const base = {
    id: newId('clm'),
    marketplaceId: shop.marketplace,
    sellerId: shop.seller,
    orderId: order.id,
    type: input.kind,
    state: 'open' satisfies ClaimState,
    description: input.description || null,
    currency: order.currency,
    buyerTokenHash: hashToken(token),
    createdAt: now,
    lang: input.lang,
  };
  if (input.kind === 'instalments') {
    const answer = instalmentsFor(toMinor(order.total), input.months, policy);
    if (!answer.ok) throw new ClaimError('instalments_refused', `instalments refused: ${answer.reason}`);
    await insertClaim(db, { ...base, months: input.months, amount: fromMinor(answer.monthly) });
  } else {
    const item = order.items.find((i) => i.lineNo === input.lineNo);
    if (!item) throw new ClaimError('line_not_found', `lineNo: the order has no line ${input.lineNo}`);
    const offer = computeOffer(
      { problem: input.problem, price: toMinor(item.price), deliveredAt: order.deliveredAt, reportedAt: now },
      policy,
    );
    const view = offerView(offer, order.currency);
    await insertClaim(db, {
      ...base,
      problem: input.problem,
      lineNo: item.lineNo,
      sku: item.sku,
      price: item.price,
      offer: view,
      amount: view.proposedRefund,
    });
  }
  const claim = await claimByTokenHash(db, base.buyerTokenHash);
  if (!claim) throw new Error('claim vanished after insert');
  return { token, claim: await buyerView(db, claim) };
}

async function buyerView(db: Db, claim: ClaimRow): Promise<BuyerClaimView> {
  const [photos, answers] = await Promise.all([photosOf(db, claim), answersOf(db, claim)]);
  const last = answers.at(-1);
  return {
    kind: claim.type as ClaimKind,
    problem: claim.problem as ProblemType | null,
    state: claim.state as ClaimState,
    createdAt: claim.createdAt.toISOString(),
    offer: buyerOffer(claim.offer as ClaimOffer | null),
    monthly: claim.type === 'instalments' ? claim.amount : null,
    months: claim.months,
    photos: photos.length,
    answer: last
      ? {
          answer: last.answer as 'accept' | 'counter' | 'decline',
          amount: last.amount,
          note: last.note,
          at: last.at.toISOString(),
        }
      : null,
  };
}

/** The buyer's own claim, found by its token; the same error for a wrong token as for another shop's claim. */
export async function claimForBuyer(db: Db, shop: SellerRef, token: string): Promise<BuyerClaimView> {
  const claim = await claimByTokenHash(db, hashToken(token));
  if (!claim || claim.marketplaceId !== shop.marketplace || claim.sellerId !== shop.seller) {
    throw new ClaimError('claim_not_found', 'no claim with this link');
  }
  return buyerView(db, claim);
}

/** Adds a photo to the buyer's open claim: checked, cleaned of metadata, stored under a random name. */
export async function addPhoto(
  db: Db,
  dir: string,
  shop: SellerRef,
  token: string,
  bytes: Uint8Array,
): Promise<{ photos: number }> {
  const claim = await claimByTokenHash(db, hashToken(token));
  if (!claim || claim.marketplaceId !== shop.marketplace || claim.sellerId !== shop.seller) {
    throw new ClaimError('claim_not_found', 'no claim with this link');
  }
  if (claim.state !== 'open') throw new ClaimError('claim_closed', 'the claim has been answered already');
  const photo = await cleanPhoto(bytes);
  if (!photo.ok) {
    throw photo.reason === 'too_large'
      ? new ClaimError('too_large', 'photo: at most 5 MB')
      : new ClaimError('not_an_image', 'photo: expected a JPEG, PNG or WebP image');
  }
  const id = newId('ph');
  const file = `${id}.${photo.ext}`;
  await storePhoto(dir, file, photo.data);
  const added = await insertPhotoBelow(
    db,
    {
      id,
      marketplaceId: claim.marketplaceId,
      sellerId: claim.sellerId,
      claimId: claim.id,
      file,
      mime: photo.mime,
      bytes: photo.data.byteLength,
      width: photo.width,
      height: photo.height,
    },
    maxPhotosPerClaim,
  );
  if (!added) throw new ClaimError('too_many_photos', `photo: at most ${maxPhotosPerClaim} per claim`);
  return { photos: (await photosOf(db, claim)).length };
}

/** A claim as its seller sees it: the offer with what each option costs and the saving. */
export async function claimsForSeller(db: Db, ref: SellerRef, limit = 100) {
  const rows = await claimsOfSeller(db, ref, limit);
  return Promise.all(
    rows.map(async (claim) => {
      const [photos, answers] = await Promise.all([photosOf(db, claim), answersOf(db, claim)]);
      return {
        id: claim.id,
        marketplace: claim.marketplaceId,
        seller: claim.sellerId,
        order: claim.orderId,
        kind: claim.type as ClaimKind,
        problem: claim.problem as ProblemType | null,
        state: claim.state as ClaimState,
        description: claim.description,
        lang: claim.lang,
        sku: claim.sku,
        price: claim.price,
        months: claim.months,
        amount: claim.amount,
        currency: claim.currency,
        offer: claim.offer as ClaimOffer | null,
        createdAt: claim.createdAt.toISOString(),
        decidedAt: claim.decidedAt?.toISOString() ?? null,
        photos: photos.map((p) => ({ id: p.id, mime: p.mime, width: p.width, height: p.height, bytes: p.bytes })),
        answers: answers.map((a) => ({ answer: a.answer, amount: a.amount, note: a.note, at: a.at.toISOString() })),
      };
    }),
  );
}

export type SellerAnswer =
  | { answer: 'accept' }
  | { answer: 'counter'; amount: string; note: string }
  | { answer: 'decline'; reason: string };

/**
 * The caller's answer to a claim of a seller it may see, written to the audit log. Another shop's claim answers
 * NOT_FOUND like a missing one, so a claim id tells nothing.
 */
export async function answerClaimAs(
  db: Db,
  caller: Caller,
  ref: { marketplace: string; claim: string },
  answer: SellerAnswer,
  now = new Date(),
): Promise<{ claim: string; answer: SellerAnswer['answer'] }> {
  const claim = await claimById(db, ref.marketplace, ref.claim);
  const target = claim && { marketplace: claim.marketplaceId, seller: claim.sellerId };
  if (!claim || !target || !maySeeSeller(caller, target, await sellerTie(db, caller, target))) {
    throw new ClaimError('claim_not_found', `claim: no claim ${ref.claim}`);
  }
  await answerClaim(db, claim, caller.id, answer, now);
  await audit(db, {
    marketplace: claim.marketplaceId,
    seller: claim.sellerId,
    actor: caller.id,
    action: `claim.${answer.answer}`,
    subject: claim.id,
    details: answer,
  });
  return { claim: claim.id, answer: answer.answer };
}

/**
 * The seller's answer: accepting settles at the proposed refund (or the monthly amount), a counter-offer names
 * another amount (never above the item's price), a decline gives the buyer a reason. An answered claim stays
 * answered, except a counter-offer, which the seller may still accept, counter again or decline.
 */
export async function answerClaim(
  db: Db,
  claim: ClaimRow,
  byUserId: string,
  answer: SellerAnswer,
  now = new Date(),
): Promise<void> {
  if (claim.state !== 'open' && claim.state !== 'countered') {
    throw new ClaimError('claim_closed', `claim ${claim.id} is ${claim.state} already`);
  }
  if (answer.answer === 'counter' && claim.price !== null && toMinor(answer.amount) > toMinor(claim.price)) {
    throw new ClaimError('amount_too_high', `amount: at most the item's price, ${claim.price}`);
  }
  const amount = answer.answer === 'counter' ? answer.amount : claim.amount;
  const state: ClaimState =
    answer.answer === 'accept' ? 'accepted' : answer.answer === 'counter' ? 'countered' : 'declined';
  await recordAnswer(
    db,
    {
      id: newId('ans'),
      marketplaceId: claim.marketplaceId,
      sellerId: claim.sellerId,
      claimId: claim.id,
      answer: answer.answer,
      amount: answer.answer === 'decline' ? null : amount,
      note: answer.answer === 'decline' ? answer.reason : answer.answer === 'counter' ? answer.note || null : null,
      byUserId,
      at: now,
    },
    { state, amount, decidedAt: now },
  );
}
