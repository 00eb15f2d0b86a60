import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { createRng } from '../server/demo/random.ts';
import type { ImportEvent } from '../shared/events.ts';

export interface SyntheticSize {
  sellers: number;
  orders: number;
  reviews: number;
  returns: number;
  contacts: number;
}

export const fullSize: SyntheticSize = {
  sellers: 10_000,
  orders: 1_000_000,
  reviews: 300_000,
  returns: 30_000,
  contacts: 300_000,
};
export const scaled = (size: SyntheticSize, factor: number): SyntheticSize => ({
  sellers: Math.round(size.sellers * factor),
  orders: Math.round(size.orders * factor),
  reviews: Math.round(size.reviews * factor),
  returns: Math.round(size.returns * factor),
  contacts: Math.round(size.contacts * factor),
});

const DAY = 86_400_000;
const models = [
  'Galaxy S10',
  'iPhone 11',
  'Redmi Note 9',
  'Pixel 6',
  'ThinkPad T14',
  'AirPods Pro',
  'Kettle K2',
  'Lamp L1',
];
const components = ['battery', 'screen', 'charger', 'camera', 'speaker'];
const reasons = ['defective_item', 'damaged_item', 'wrong_item', 'description_mismatch', 'buyer_changed_mind'];
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Events of the requested size: sellers with varied quality (late, cancel and defect propensities), a year
 * of orders ending at asOf, and reviews, returns and contacts on those orders. Deterministic by seed.
 */
export function* syntheticEvents(size: SyntheticSize, asOf: Date, seed = 7): Generator<ImportEvent> {
  const rng = createRng(seed);
  const end = asOf.getTime();
  yield { type: 'marketplace', id: 'bench', name: 'Bench Market', policy: 'prom', currency: 'UAH', language: 'uk' };
  const profiles = Array.from({ length: size.sellers }, (_, i) => ({
    id: `s${i}`,
    late: Math.min(0.5, rng.logNormal(0.03, 0.8)),
    cancel: Math.min(0.3, rng.logNormal(0.015, 0.8)),
    slow: Math.min(0.6, rng.logNormal(0.08, 0.7)),
  }));
  for (const p of profiles) {
    yield {
      type: 'seller',
      marketplace: 'bench',
      id: p.id,
      name: `Shop ${p.id}`,
      country: 'UA',
      language: 'uk',
      category: rng.chance(0.6) ? 'electronics' : 'home',
      joinedAt: iso(end - 800 * DAY),
    };
  }
  const perOrder = {
    review: size.reviews / size.orders,
    ret: size.returns / size.orders,
    contact: size.contacts / size.orders,
  };
  for (let i = 0; i < size.orders; i++) {
    const p = profiles[i % size.sellers] ?? profiles[0];
    if (!p) return;
    const placed = end - rng.float(0.01, 365) * DAY;
    const cancelled = rng.chance(p.cancel);
    const late = rng.chance(p.late);
    const promised = placed + 2 * DAY;
    const shipped = cancelled ? null : promised + (late ? rng.float(0.2, 3) : -rng.float(0.1, 1.5)) * DAY;
    const delivered = shipped && shipped + 3 * DAY < end ? shipped + 3 * DAY : null;
    const model = models[i % models.length] ?? 'Lamp L1';
    const orderId = `o${i}`;
    yield {
      type: 'order',
      marketplace: 'bench',
      id: orderId,
      seller: p.id,
      placedAt: iso(placed),
      promisedShipBy: iso(promised),
      shippedAt: shipped && shipped < end ? iso(shipped) : null,
      deliveredAt: delivered ? iso(delivered) : null,
      cancelledAt: cancelled ? iso(placed + DAY / 2) : null,
      cancelledBy: cancelled ? 'seller' : null,
      cancelReason: cancelled ? 'out_of_stock' : null,
      lost: false,
      tracking: true,
      total: '499.00',
      currency: 'UAH',
      items: [{ sku: `sku-${model}`, model, category: 'phones', qty: 1, price: '499.00' }],
    };
    if (delivered && rng.chance(perOrder.review)) {
      const rating = rng.chance(0.12) ? rng.int(1, 2) : rng.int(3, 5);
      yield {
        type: 'review',
        marketplace: 'bench',
        id: `r${i}`,
        seller: p.id,
        order: orderId,
        createdAt: iso(Math.min(end - 1, delivered + DAY)),
        rating,
        text: rating <= 2 ? 'Товар не відповідає опису, ніхто не відповідає' : 'Все добре, дякую',
        lang: null,
        author: `a${i % 50_000}`,
        verified: true,
      };
    }
    if (delivered && rng.chance(perOrder.ret)) {
      yield {
        type: 'return',
        marketplace: 'bench',
        id: `t${i}`,
        seller: p.id,
        order: orderId,
        sku: `sku-${model}`,
        createdAt: iso(Math.min(end - 1, delivered + 2 * DAY)),
        reason: reasons[rng.int(0, reasons.length - 1)] ?? 'other',
        component: components[rng.int(0, components.length - 1)] ?? null,
        refund: '100.00',
        resolvedAt: null,
      };
    }
    if (rng.chance(perOrder.contact)) {
      const created = placed + DAY / 4;
      const hours = rng.chance(p.slow) ? rng.float(25, 72) : rng.float(0.2, 20);
      yield {
        type: 'contact',
        marketplace: 'bench',
        id: `m${i}`,
        seller: p.id,
        order: orderId,
        channel: 'chat',
        createdAt: iso(Math.min(end - 1, created)),
        firstResponseAt: created + hours * 3_600_000 < end ? iso(created + hours * 3_600_000) : null,
        text: null,
      };
    }
  }
}

/** Writes the events as JSON Lines; returns how many were written. */
export async function writeJsonl(path: string, events: Iterable<ImportEvent>): Promise<number> {
  const out = createWriteStream(path);
  let n = 0;
  let chunk = '';
  for (const event of events) {
    chunk += `${JSON.stringify(event)}\n`;
    n += 1;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return n;
}
