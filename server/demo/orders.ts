import type { EventOf } from '../../shared/events.ts';
import type { Component, Reason } from '../../shared/reasons.ts';
import { assortments, faultComponents, type Product } from './catalog.ts';
import { CURRENCY, DAY, floorDay, HOUR, iso, MARKETPLACE, money, ratesAt, type SellerContext } from './context.ts';
import type { ForcedOrder, Rates } from './profiles.ts';
import type { Rng } from './random.ts';
import type { DemoLanguage } from './texts/types.ts';

export interface Incident {
  reason: Reason;
  component: Component | null;
}

export type OrderStatus = 'delivered' | 'in_transit' | 'pending' | 'lost' | 'cancelled';
export type CancelKind = 'seller' | 'no_response' | 'buyer';

export interface OrderFacts {
  order: EventOf<'order'>;
  lang: DemoLanguage;
  product: Product;
  status: OrderStatus;
  cancelKind: CancelKind | null;
  /** Hours the dispatch was later than promised (0 when on time or not shipped). */
  lateHours: number;
  incident: Incident | null;
  forced: ForcedOrder | null;
  placedAt: number;
  shippedAt: number | null;
  deliveredAt: number | null;
  cancelledAt: number | null;
}

export interface OrderPlan {
  placedAt: number;
  forced: ForcedOrder | null;
}

const hourWeights: readonly (readonly [number, number])[] = [
  [5, 1],
  [6, 3],
  [7, 5],
  [8, 7],
  [9, 8],
  [10, 8],
  [11, 8],
  [12, 8],
  [13, 8],
  [14, 8],
  [15, 9],
  [16, 10],
  [17, 10],
  [18, 9],
  [19, 7],
  [20, 4],
  [21, 2],
];

function timeOfDay(rng: Rng, day: number): number {
  return day + rng.weighted(hourWeights) * HOUR + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000;
}

/** When each order is placed: spread over the active period, denser in the recent period if it has more volume. */
export function planOrders(ctx: SellerContext): OrderPlan[] {
  const { p, rng, asOf, joinedAt } = ctx;
  const activeDays = Math.min(365, p.joinedDaysAgo);
  const recentDays = p.recent ? Math.min(p.recent.days, activeDays) : 0;
  const volume = p.recent?.volume ?? 1;
  const early = activeDays - recentDays;
  const total = early + recentDays * volume;
  const clamp = (t: number) => Math.min(asOf - HOUR, Math.max(joinedAt + HOUR, t));
  const plans: OrderPlan[] = [];
  for (let i = 0; i < p.orders; i++) {
    const u = rng.next() * total;
    const daysAgo = u < early ? activeDays - u : recentDays - (u - early) / volume;
    plans.push({ placedAt: clamp(timeOfDay(rng, floorDay(asOf - daysAgo * DAY))), forced: null });
  }
  for (const forced of p.forced) {
    const day = floorDay(asOf - forced.daysAgo * DAY);
    plans.push({ placedAt: clamp(day + 10 * HOUR + rng.int(0, 360) * 60_000), forced });
  }
  return plans.sort((a, b) => a.placedAt - b.placedAt);
}

const sellerCancelReasons = [
  ['out_of_stock', 72],
  ['price_changed', 18],
  ['address_problem', 4],
  ['other', 6],
] as const;
const buyerCancelReasons = [
  ['buyer_request', 70],
  ['payment_failed', 30],
] as const;
const transitDays = [
  [1, 40],
  [2, 35],
  [3, 15],
  [4, 7],
  [6, 3],
] as const;
const productReasons: readonly Reason[] = ['defective_item', 'damaged_item', 'wrong_item', 'description_mismatch'];

function pickProduct(ctx: SellerContext, placedAt: number, forced: ForcedOrder | null): Product {
  const { p, rng, asOf } = ctx;
  const main = assortments[p.category].main;
  const wanted =
    forced?.model ??
    (p.cluster && placedAt >= asOf - p.cluster.days * DAY && rng.chance(p.cluster.share) ? p.cluster.model : null);
  const found = wanted ? main.find((item) => item.model === wanted) : undefined;
  return found ?? rng.weighted(main.map((item) => [item, item.weight] as const));
}

export function faultComponent(rng: Rng, category: string): Component {
  return rng.weighted(faultComponents[category] ?? [['other', 1]]);
}

function organicIncident(ctx: SellerContext, rates: Rates, product: Product, placedAt: number): Incident | null {
  const { p, rng, asOf } = ctx;
  const c = p.cluster;
  if (c && product.model === c.model && placedAt >= asOf - c.days * DAY && rng.chance(c.rate)) {
    return { reason: 'defective_item', component: c.component };
  }
  const reason = rng.outcome([
    ['defective_item', rates.defect],
    ['damaged_item', rates.damaged],
    ['wrong_item', rates.wrong],
    ['description_mismatch', rates.mismatch],
  ] as const);
  if (reason === null) return null;
  return { reason, component: reason === 'defective_item' ? faultComponent(rng, product.category) : null };
}

function forcedIncident(rng: Rng, forced: ForcedOrder, product: Product): Incident | null {
  if (forced.reason === 'refund_problem')
    return { reason: 'defective_item', component: faultComponent(rng, product.category) };
  if (!productReasons.includes(forced.reason)) return null;
  const component =
    forced.reason === 'defective_item' ? (forced.component ?? faultComponent(rng, product.category)) : null;
  return { reason: forced.reason, component };
}

/** One order with its fulfilment outcome. */
export function buildOrder(ctx: SellerContext, plan: OrderPlan, id: string, lang: DemoLanguage): OrderFacts {
  const { p, rng, asOf } = ctx;
  const { placedAt, forced } = plan;
  const rates = ratesAt(ctx, placedAt);
  const product = pickProduct(ctx, placedAt, forced);
  const items: EventOf<'order'>['items'] = [
    { sku: product.sku, model: product.model, category: product.category, qty: 1, price: money(product.price) },
  ];
  let total = product.price;
  const extras = assortments[p.category].extras;
  if (extras.length > 0 && rng.chance(0.15)) {
    const extra = rng.pick(extras);
    const qty = rng.chance(0.2) ? 2 : 1;
    items.push({ sku: extra.sku, model: extra.model, category: extra.category, qty, price: money(extra.price) });
    total += extra.price * qty;
  }

  let kind: CancelKind | null = null;
  let cancelReason: EventOf<'order'>['cancelReason'] = null;
  if (forced) {
    if (forced.reason === 'out_of_stock' || forced.reason === 'price_changed') {
      kind = 'seller';
      cancelReason = forced.reason;
    } else if (forced.reason === 'no_response_to_order') kind = 'no_response';
  } else {
    kind = rng.outcome([
      ['seller', rates.sellerCancel],
      ['no_response', rates.noResponse],
      ['buyer', rates.buyerCancel],
    ] as const);
    if (kind === 'seller') cancelReason = rng.weighted(sellerCancelReasons);
    if (kind === 'buyer') cancelReason = rng.weighted(buyerCancelReasons);
  }
  if (kind === 'no_response') cancelReason = 'other';

  const facts: OrderFacts = {
    order: {
      type: 'order',
      marketplace: MARKETPLACE,
      id,
      seller: p.id,
      placedAt: iso(placedAt),
      promisedShipBy: iso(placedAt + p.handlingHours * HOUR),
      shippedAt: null,
      deliveredAt: null,
      cancelledAt: null,
      cancelledBy: null,
      cancelReason: null,
      lost: false,
      tracking: false,
      total: money(total),
      currency: CURRENCY,
      items,
      // The demo shop's claim form identifies an order by this address (server/demo/shop).
      buyer: { email: demoBuyerEmail(id), phone: null },
    },
    lang,
    product,
    status: 'pending',
    cancelKind: null,
    lateHours: 0,
    incident: null,
    forced,
    placedAt,
    shippedAt: null,
    deliveredAt: null,
    cancelledAt: null,
  };

  if (kind) {
    const after =
      kind === 'seller'
        ? Math.min(72, rng.logNormal(8, 0.8))
        : kind === 'no_response'
          ? rng.float(48, 120)
          : rng.float(0.2, 24);
    let cancelledAt = placedAt + after * HOUR;
    if (forced && cancelledAt > asOf) cancelledAt = asOf - HOUR;
    if (cancelledAt > asOf) return facts;
    facts.order.cancelledAt = iso(cancelledAt);
    facts.order.cancelledBy = kind === 'seller' ? 'seller' : 'buyer';
    facts.order.cancelReason = cancelReason;
    facts.status = 'cancelled';
    facts.cancelKind = kind;
    facts.cancelledAt = cancelledAt;
    return facts;
  }

  const late = forced ? forced.reason === 'delivery_late' : rng.chance(rates.late);
  const handling = p.handlingHours * HOUR;
  const dispatch = late
    ? handling + (forced ? rng.float(72, 144) : rng.float(6, 120)) * HOUR
    : rng.float(1, p.handlingHours - 2) * HOUR;
  const shippedAt = placedAt + dispatch;
  if (shippedAt > asOf) return facts;
  const lost = !forced && rng.chance(rates.lost);
  const transit = (forced ? rng.int(1, 3) : rng.weighted(transitDays)) * DAY + rng.float(-4, 4) * HOUR;
  facts.order.shippedAt = iso(shippedAt);
  facts.order.tracking = lost || rng.chance(0.97);
  facts.shippedAt = shippedAt;
  facts.lateHours = late ? (dispatch - handling) / HOUR : 0;
  facts.status = 'in_transit';
  if (lost) {
    if (shippedAt + 10 * DAY <= asOf) {
      facts.order.lost = true;
      facts.status = 'lost';
    }
    return facts;
  }
  const deliveredAt = shippedAt + transit;
  if (deliveredAt > asOf) return facts;
  facts.order.deliveredAt = iso(deliveredAt);
  facts.deliveredAt = deliveredAt;
  facts.status = 'delivered';
  facts.incident = forced ? forcedIncident(rng, forced, product) : organicIncident(ctx, rates, product, placedAt);
  return facts;
}

/** The email a demo order's buyer gave: derived from the order id, so the demo shop page can name it. */
export function demoBuyerEmail(orderId: string): string {
  return `buyer-${orderId}@example.com`;
}
