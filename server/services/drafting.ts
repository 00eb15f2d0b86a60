import { type DraftRequest, type OrderFacts, type ReplyLanguage, replyLanguage } from '../../shared/drafts.ts';
import { isReason, type Reason } from '../../shared/reasons.ts';
import { createReplyPhrasebook } from '../../shared/reply-i18n.ts';
import { classify } from '../classifier/classifier.ts';
import type { Db } from '../db/client.ts';
import { type ReviewForDraft, reviewForDraft } from '../db/drafting.ts';
import type { SellerRef } from '../domain/access.ts';
import { NotFoundError } from '../domain/errors.ts';
import { draftReply, type ResolvedReview } from '../domain/replies/draft.ts';
import { checkReply } from '../domain/replies/guard.ts';

let phrasebook: ReturnType<typeof createReplyPhrasebook> | null = null;
/** One i18next instance for the process: building it costs far more than a draft. */
const book = () => {
  phrasebook ??= createReplyPhrasebook();
  return phrasebook;
};

const asReplyLanguage = (lang: string | null | undefined): ReplyLanguage | null => {
  const parsed = replyLanguage.safeParse(lang === 'id' ? 'ms' : lang);
  return parsed.success ? parsed.data : null;
};

/**
 * Fills in what the request leaves open with the classifier: the language when `lang` is null, the reasons
 * and the sentiment when `reasons` is null. A rating of 3 or less is negative whatever the text says; a
 * higher one is answered only when the text is negative or mixed.
 */
export function resolveRequest(request: DraftRequest, sentiment: string | null = null): ResolvedReview {
  const needsModel =
    request.lang === null || request.reasons === null || (sentiment === null && request.reasons.length === 0);
  const c = needsModel ? classify({ text: request.text, lang: request.lang, rating: request.rating }) : null;
  const lang = request.lang ?? asReplyLanguage(c?.lang) ?? 'en';
  const reasons: Reason[] = request.reasons ?? c?.reasons ?? [];
  const textSentiment = sentiment ?? c?.sentiment ?? (reasons.length > 0 ? 'negative' : null);
  const negative =
    (request.rating !== null && request.rating <= 3) ||
    (request.reasons !== null && request.reasons.length > 0) ||
    textSentiment === 'negative' ||
    textSentiment === 'mixed';
  return { ...request, lang, reasons, negative };
}

/** Both variants for one request (the CLI's line, or a review loaded from the database). */
export function draftForRequest(request: DraftRequest, glossLang: ReplyLanguage, sentiment: string | null = null) {
  return draftReply(resolveRequest(request, sentiment), glossLang, book());
}

const isoDay = (value: Date) => value.toISOString().slice(0, 10);

/** The facts the stored events show: a resolved return is an accepted one, with a refund when one was paid. */
export function orderFactsOf(order: ReviewForDraft['order']): OrderFacts | null {
  if (!order) return null;
  const accepted = order.returns[0];
  const refunded = order.returns.find((r) => r.refund !== null && Number(r.refund) > 0);
  return {
    id: order.id,
    product: order.model,
    deliveredAt: order.deliveredAt ? isoDay(order.deliveredAt) : null,
    returnAcceptedAt: accepted ? isoDay(accepted.resolvedAt) : null,
    refundedAt: refunded ? isoDay(refunded.resolvedAt) : null,
  };
}

/** Drafts for a stored review of the seller; another shop's review answers as a missing one. */
export async function draftForReview(db: Db, seller: SellerRef, reviewId: string, glossLang: ReplyLanguage) {
  const review = await reviewForDraft(db, seller, reviewId);
  if (!review) throw new NotFoundError(`review: no review ${reviewId}`);
  const reasons = review.reasons ? review.reasons.filter(isReason) : null;
  const request: DraftRequest = {
    id: review.id,
    text: review.text,
    rating: review.rating,
    lang: asReplyLanguage(review.lang),
    reasons,
    sellerName: review.sellerName,
    buyerName: review.author,
    order: orderFactsOf(review.order),
  };
  return { review: review.id, ...draftForRequest(request, glossLang, review.sentiment) };
}

/** Guard warnings for a text the seller is editing. */
export const checkDraft = (text: string, lang: ReplyLanguage) => ({ warnings: checkReply(text, lang) });
