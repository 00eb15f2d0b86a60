import type { Reason } from '../../shared/reasons.ts';
import { type Aftermath, DAY, HOUR, iso, MARKETPLACE, ratesAt } from './context.ts';
import type { OrderFacts } from './orders.ts';
import { textsByLanguage } from './texts/index.ts';
import { mixedText, negativeText, positiveText } from './texts/pick.ts';
import type { DemoLanguage } from './texts/types.ts';

/** The buyer's review of an order, the seller's public reply and the buyer's update. */

export const serviceReasons = [
  ['rude_service', 22],
  ['delivery_cost', 30],
  ['description_mismatch', 8],
  ['price_changed', 8],
  ['other', 22],
  ['slow_communication', 10],
] as const;
const badExperience = [
  [1, 45],
  [2, 30],
  [3, 15],
  [4, 10],
] as const;
const annoyance = [
  [1, 25],
  [2, 30],
  [3, 25],
  [4, 12],
  [5, 8],
] as const;
const happy = [
  [5, 83],
  [4, 13.5],
  [3, 3.5],
] as const;
export interface ReturnFacts {
  createdAt: number;
  refundTrouble: boolean;
}

function experienceReason(f: OrderFacts, ret: ReturnFacts | null, badContact: boolean): Reason | null {
  if (f.forced) return f.forced.reason;
  if (ret?.refundTrouble) return 'refund_problem';
  if (f.incident) return f.incident.reason;
  if (f.status === 'lost') return 'delivery_late';
  if (f.cancelKind === 'seller') {
    const r = f.order.cancelReason;
    return r === 'out_of_stock' || r === 'price_changed' ? r : 'other';
  }
  if (f.cancelKind === 'no_response') return 'no_response_to_order';
  if (badContact) return 'slow_communication';
  if (f.lateHours > 24) return 'delivery_late';
  return null;
}

function reviewTime(a: Aftermath, f: OrderFacts, ret: ReturnFacts | null): number | null {
  const { rng } = a;
  if (ret?.refundTrouble) return ret.createdAt + rng.float(15, 25) * DAY;
  if (f.cancelledAt !== null) return f.cancelledAt + rng.float(1, 48) * HOUR;
  if (f.status === 'lost' && f.shippedAt !== null) return f.shippedAt + rng.float(10, 14) * DAY;
  if (f.deliveredAt === null) return null;
  return f.deliveredAt + (f.incident ? rng.float(1, 15) : rng.float(0.3, 10)) * DAY;
}

/** A review of the order (maybe), then the seller's reply and the buyer's update. Returns the review's reason. */
export function orderReview(a: Aftermath, f: OrderFacts, ret: ReturnFacts | null, badContact: boolean): Reason | null {
  const { rng, asOf, out, ids, p } = a;
  let reason = experienceReason(f, ret, badContact);
  let chance = p.reviewRate;
  if (f.forced) chance = f.forced.review ? 1 : 0;
  else if (f.status === 'pending' || f.status === 'in_transit' || f.cancelKind === 'buyer') chance = 0;
  else if (f.status === 'cancelled') chance = 0.35;
  else if (f.status === 'lost') chance = 0.5;
  else if (reason) chance = Math.min(0.85, p.reviewRate * 2.2);
  if (!rng.chance(chance)) return null;
  let createdAt = reviewTime(a, f, ret);
  if (createdAt === null) return null;
  if (f.forced && createdAt > asOf) createdAt = asOf - rng.float(1, 6) * HOUR;
  if (createdAt > asOf) return null;
  const rates = ratesAt(a, createdAt);

  let rating: number;
  if (f.forced) rating = rng.chance(0.6) ? 1 : 2;
  else if (reason === 'slow_communication' || reason === 'delivery_late') rating = rng.weighted(annoyance);
  else if (reason) rating = rng.weighted(badExperience);
  else if (p.organicNegatives && rng.chance(rates.serviceNegative)) {
    reason = rng.weighted(serviceReasons);
    rating = rng.chance(0.5) ? 1 : 2;
  } else rating = rng.weighted(happy);

  const lang = f.forced?.lang ?? f.lang;
  const texts = textsByLanguage[lang];
  const component = f.incident?.component ?? null;
  const category = f.product.category;
  let text: string | null;
  if (reason && (rating <= 2 || (rating === 3 && rng.chance(0.6))))
    text = negativeText(rng, lang, reason, component, category);
  else if (rating <= 3 || (rating === 4 && (reason || rng.chance(0.4)))) text = mixedText(rng, lang, category);
  else text = rating === 5 && rng.chance(0.2) ? null : positiveText(rng, lang, category);
  const id = ids.next('r');
  out.review.push({
    type: 'review',
    marketplace: MARKETPLACE,
    id,
    seller: p.id,
    order: f.order.id,
    createdAt: iso(createdAt),
    rating,
    text,
    lang: text === null ? null : lang,
    author: rng.pick(texts.authors),
    verified: true,
  });
  const negative = reason !== null && rating <= 3;
  if (negative && text !== null) resolve(a, id, createdAt, lang, text, f.forced ? f.forced.resolved : null);
  return negative ? reason : null;
}

/** The seller's public reply and, sometimes, the buyer's raised rating. `forced` true/false fixes the outcome. */
function resolve(
  a: Aftermath,
  review: string,
  createdAt: number,
  lang: DemoLanguage,
  original: string,
  forced: boolean | null,
): void {
  const { rng, asOf, out, ids } = a;
  if (forced === false) return;
  const rates = ratesAt(a, createdAt);
  if (forced === null && !rng.chance(rates.commentRate)) return;
  let commentAt = createdAt + rng.logNormal(rates.commentHours, 0.8) * HOUR;
  if (forced && commentAt > asOf) commentAt = createdAt + HOUR;
  if (commentAt > asOf) return;
  const texts = textsByLanguage[lang];
  out.review_comment.push({
    type: 'review_comment',
    marketplace: MARKETPLACE,
    id: ids.next('rc'),
    review,
    createdAt: iso(commentAt),
    text: rng.pick(texts.sellerComments),
  });
  if (forced === null && !rng.chance(rates.updateRate)) return;
  let updateAt = commentAt + rng.float(0.5, 6) * DAY;
  if (forced && updateAt > asOf) updateAt = commentAt + HOUR;
  if (updateAt > asOf) return;
  const roll = rng.next();
  const removed = roll >= 0.85;
  out.review_update.push({
    type: 'review_update',
    marketplace: MARKETPLACE,
    id: ids.next('ru'),
    review,
    createdAt: iso(updateAt),
    rating: removed ? null : rng.chance(0.6) ? 5 : 4,
    text: roll < 0.7 ? `${original}\n\n${rng.pick(texts.updates)}` : null,
    removed,
  });
}
