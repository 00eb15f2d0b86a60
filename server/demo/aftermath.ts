import type { Reason } from '../../shared/reasons.ts';
import { type Aftermath, DAY, HOUR, iso, MARKETPLACE, money, ratesAt } from './context.ts';
import type { OrderFacts } from './orders.ts';
import { orderReview, type ReturnFacts, serviceReasons } from './reviews.ts';
import { textsByLanguage } from './texts/index.ts';
import { contactText, mixedText, negativeText, positiveText } from './texts/pick.ts';
import type { DemoLanguage } from './texts/types.ts';

/** What happens after an order: contacts, returns, the review, complaints, NPS answers; and the trial's mystery shops. */

const channels = [
  ['chat', 40],
  ['phone', 20],
  ['messenger', 20],
  ['email', 12],
  ['sms', 8],
] as const;
const returnChance: Partial<Record<Reason, number>> = {
  defective_item: 0.75,
  damaged_item: 0.6,
  wrong_item: 0.9,
  description_mismatch: 0.5,
};
const unhappyNps = [
  [0, 10],
  [1, 8],
  [2, 10],
  [3, 12],
  [4, 14],
  [5, 16],
  [6, 14],
  [7, 10],
  [8, 6],
] as const;
const happyNps = [
  [10, 34],
  [9, 26],
  [8, 15],
  [7, 10],
  [6, 6],
  [5, 4],
  [4, 2],
  [3, 1.5],
  [2, 1],
  [1, 0.5],
] as const;

function contact(a: Aftermath, f: OrderFacts | null, createdAt: number, lang: DemoLanguage, slow: boolean): boolean {
  const { rng, asOf, out, ids } = a;
  const category = f?.product.category ?? 'any';
  if (createdAt > asOf) return false;
  const rates = ratesAt(a, createdAt);
  const channel = rng.weighted(channels);
  let responded: number | null = null;
  if (slow) responded = rng.chance(0.5) ? null : createdAt + rng.float(70, 120) * HOUR;
  else if (!rng.chance(rates.unanswered)) responded = createdAt + rng.logNormal(rates.responseHours, 0.9) * HOUR;
  if (responded !== null && responded > asOf) responded = null;
  out.contact.push({
    type: 'contact',
    marketplace: MARKETPLACE,
    id: ids.next('c'),
    seller: a.p.id,
    order: f ? f.order.id : null,
    channel,
    createdAt: iso(createdAt),
    firstResponseAt: responded === null ? null : iso(responded),
    text: channel === 'phone' || rng.chance(0.3) ? null : contactText(rng, lang, category),
  });
  return responded === null || responded - createdAt > 48 * HOUR;
}

/** Buyer contacts about one order; returns whether any went unanswered or took more than two days. */
function orderContacts(a: Aftermath, f: OrderFacts): boolean {
  const { rng } = a;
  const forcedSlow = f.forced?.reason === 'slow_communication';
  const rates = ratesAt(a, f.placedAt);
  const factor = f.incident ? 3 : f.lateHours > 0 || f.status === 'lost' ? 2.5 : 1;
  if (!forcedSlow && !rng.chance(Math.min(0.9, rates.contact * factor))) return false;
  let bad = false;
  const count = rng.chance(0.25) ? 2 : 1;
  for (let i = 0; i < count; i++) {
    const base =
      f.incident && f.deliveredAt !== null
        ? f.deliveredAt + rng.float(0.5, 5) * DAY
        : f.placedAt + rng.float(0.5, 48) * HOUR;
    bad = contact(a, f, base, f.lang, forcedSlow && i === 0) || bad;
  }
  return bad;
}

function orderReturn(a: Aftermath, f: OrderFacts): ReturnFacts | null {
  const { rng, asOf, out, ids } = a;
  const delivered = f.deliveredAt;
  if (delivered === null) return null;
  const incident = f.incident;
  const forced = f.forced !== null && incident !== null;
  const price = f.product.price;
  let reason: string;
  let refund: number | null = price;
  let createdAt: number;
  if (incident) {
    if (!forced && !rng.chance(returnChance[incident.reason] ?? 0)) return null;
    reason = incident.reason;
    if (incident.reason === 'defective_item') {
      createdAt = delivered + Math.min(60, rng.logNormal(6, 0.8)) * DAY;
      if (rng.chance(0.4)) refund = null; // replaced instead of refunded
    } else {
      createdAt = delivered + rng.float(0.5, 4) * DAY;
      if (incident.reason === 'damaged_item' && rng.chance(0.5)) refund = Math.round(price * rng.float(0.15, 0.35));
    }
  } else {
    if (!rng.chance(0.012)) return null;
    reason = 'changed_mind';
    createdAt = delivered + rng.float(1, 12) * DAY;
  }
  if (forced && createdAt > asOf) createdAt = Math.max(delivered + HOUR, asOf - 2 * DAY);
  if (createdAt > asOf) return null;
  const forcedTrouble = f.forced?.reason === 'refund_problem';
  const refundTrouble = forcedTrouble || (incident !== null && rng.chance(ratesAt(a, createdAt).refundDelay));
  if (refundTrouble && refund === null) refund = price;
  let resolvedAt: number | null = createdAt + (refundTrouble ? rng.float(20, 45) : rng.float(2, 10)) * DAY;
  if (forcedTrouble || resolvedAt > asOf) resolvedAt = null;
  out.return.push({
    type: 'return',
    marketplace: MARKETPLACE,
    id: ids.next('rt'),
    seller: a.p.id,
    order: f.order.id,
    sku: f.product.sku,
    createdAt: iso(createdAt),
    reason,
    component: incident?.component ?? null,
    refund: refund === null ? null : money(refund),
    resolvedAt: resolvedAt === null ? null : iso(resolvedAt),
  });
  return { createdAt, refundTrouble };
}

function orderComplaint(
  a: Aftermath,
  f: OrderFacts,
  ret: ReturnFacts | null,
  reason: Reason | null,
  badContact: boolean,
): void {
  const { rng, asOf, out, ids, p } = a;
  let chance = p.organicNegatives ? 0.002 : 0;
  if (f.status === 'lost') chance = 0.5;
  else if (ret?.refundTrouble) chance = 0.3;
  else if (f.incident) chance = 0.08;
  else if (badContact) chance = 0.05;
  if (!rng.chance(chance)) return;
  const base =
    ret?.createdAt ??
    f.deliveredAt ??
    (f.shippedAt !== null ? f.shippedAt + 10 * DAY : null) ??
    f.cancelledAt ??
    f.placedAt;
  const createdAt = base + rng.float(1, 7) * DAY;
  if (createdAt > asOf) return;
  const about = reason ?? f.incident?.reason ?? (f.status === 'lost' ? 'delivery_late' : 'other');
  const rates = ratesAt(a, createdAt);
  const resolvedAt = rng.chance(0.5 + rates.commentRate / 2) ? createdAt + rng.float(1, 12) * DAY : null;
  out.complaint.push({
    type: 'complaint',
    marketplace: MARKETPLACE,
    id: ids.next('cp'),
    seller: p.id,
    order: f.order.id,
    createdAt: iso(createdAt),
    text: rng.chance(0.75) ? negativeText(rng, f.lang, about, f.incident?.component ?? null, f.product.category) : null,
    resolvedAt: resolvedAt !== null && resolvedAt <= asOf ? iso(resolvedAt) : null,
  });
}

function orderNps(a: Aftermath, f: OrderFacts, reason: Reason | null): void {
  const { rng, asOf, out, ids, p } = a;
  if (f.deliveredAt === null || !rng.chance(p.npsRate)) return;
  const createdAt = f.deliveredAt + rng.float(3, 8) * DAY;
  if (createdAt > asOf) return;
  const about = reason ?? (f.incident ? f.incident.reason : null) ?? (f.lateHours > 24 ? 'delivery_late' : null);
  const score = rng.weighted(about ? unhappyNps : happyNps);
  const category = f.product.category;
  let comment: string | null = null;
  if (score <= 6 && rng.chance(0.6)) {
    const why = about ?? (p.organicNegatives ? rng.weighted(serviceReasons) : null);
    comment = why
      ? negativeText(rng, f.lang, why, f.incident?.component ?? null, category)
      : mixedText(rng, f.lang, category);
  } else if (score >= 9 && rng.chance(0.35)) comment = positiveText(rng, f.lang, category);
  else if (score >= 7 && score <= 8 && rng.chance(0.25)) comment = mixedText(rng, f.lang, category);
  out.nps.push({
    type: 'nps',
    marketplace: MARKETPLACE,
    id: ids.next('n'),
    seller: p.id,
    order: f.order.id,
    createdAt: iso(createdAt),
    score,
    comment,
  });
}

export function afterOrder(a: Aftermath, f: OrderFacts): void {
  // A clean shop's slow answers stay below the threshold of a complaint or a negative review.
  const badContact = orderContacts(a, f) && (a.p.organicNegatives || f.forced !== null);
  const ret = orderReturn(a, f);
  const reason = orderReview(a, f, ret, badContact);
  orderComplaint(a, f, ret, reason, badContact);
  orderNps(a, f, reason);
}

/** Questions asked before buying (no order). */
export function presaleContacts(a: Aftermath, count: number, pickLang: () => DemoLanguage): void {
  const activeDays = Math.min(365, a.p.joinedDaysAgo);
  for (let i = 0; i < count; i++) {
    const at = a.asOf - a.rng.float(0.1, activeDays - 0.1) * DAY;
    contact(a, null, at, pickLang(), false);
  }
}

export function mysteryShops(a: Aftermath): void {
  const { rng, asOf, out, ids, p, joinedAt } = a;
  const notes = rng.shuffle(textsByLanguage[p.language].mysteryNotes ?? textsByLanguage.en.mysteryNotes ?? []);
  const span = Math.max(1, (asOf - joinedAt) / DAY - 4);
  for (let i = 0; i < p.mysteryShops; i++) {
    const at = Math.min(asOf - HOUR, joinedAt + (2 + (span * i) / p.mysteryShops + rng.float(0, 2)) * DAY);
    const score = Math.max(20, Math.min(98, Math.round(rng.normal(72, 12))));
    out.mystery_shop.push({
      type: 'mystery_shop',
      marketplace: MARKETPLACE,
      id: ids.next('ms'),
      seller: p.id,
      createdAt: iso(at),
      score,
      notes: notes[i % Math.max(1, notes.length)] ?? null,
    });
  }
}
