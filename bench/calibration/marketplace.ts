import { createRng, type Rng } from '../../server/demo/random.ts';
import type { ImportEvent } from '../../shared/events.ts';

/**
 * Simulated marketplaces for calibrating the judgements: sellers whose true rates are known, so that a flag
 * is known to be right or wrong. Each order's outcomes are independent draws at the seller's rate of its day.
 */

/** The marketplace's usual rates (the measurement): a level of 1 is a seller at exactly these. */
export const baseRates = {
  defect: 0.015,
  late: 0.03,
  cancel: 0.01,
  lost: 0.003,
  unanswered: 0.08,
  complaint: 0.01,
  lateRefund: 0.05,
} as const;

/** Shares per order of the events around it. */
const CONTACTS_PER_ORDER = 0.5;
const REVIEWS_PER_DELIVERED = 0.15;
const NEGATIVE_REVIEW_SHARE = 0.1;

export type SellerKind = 'stationary' | 'worsened' | 'low';

export interface SimulatedSeller {
  id: string;
  kind: SellerKind;
  /** Mean orders a day (Poisson). */
  perDay: number;
  /** Multiplier of every base rate, all year. */
  level: number;
  /** Worsened: defect, late-dispatch and cancellation rates × `effect` in the last `onsetDays` days. */
  effect: number;
  onsetDays: number;
}

export interface SimulationPlan {
  marketplace: string;
  policy: 'prom' | 'backmarket' | 'generic';
  sellers: SimulatedSeller[];
}

export interface PlanOptions {
  marketplace: string;
  policy: SimulationPlan['policy'];
  seed: number;
  /** Stationary sellers, 0.3–10 orders a day (log-uniform), at levels 0.5–1.25 of the base rates. */
  stationary: number;
  /** Worsened sellers per cell of effects × onsets × sizes. */
  worsenedPerCell: number;
  effects: readonly number[];
  onsets: readonly number[];
  worsenedSizes: readonly number[];
  /** Low-all-year sellers (×3 every base rate) per size. */
  lowPerSize: number;
  lowSizes: readonly number[];
}

/** Levels of the stationary sellers: the peers' 90th percentile is 1.25, so none is worse than its peers. */
export const stationaryLevels = [0.5, 0.75, 1, 1.25] as const;
export const LOW_LEVEL = 3;

export function planMarketplace(o: PlanOptions): SimulationPlan {
  const rng = createRng(`${o.seed}/${o.marketplace}/plan`);
  const sellers: SimulatedSeller[] = [];
  for (let i = 0; i < o.stationary; i++) {
    const perDay = 0.3 * (10 / 0.3) ** rng.next();
    const level = stationaryLevels[i % stationaryLevels.length] ?? 1;
    sellers.push({ id: `st-${i}`, kind: 'stationary', perDay, level, effect: 1, onsetDays: 0 });
  }
  for (const effect of o.effects) {
    for (const onsetDays of o.onsets) {
      for (const perDay of o.worsenedSizes) {
        for (let i = 0; i < o.worsenedPerCell; i++) {
          const id = `w-${effect}x-${onsetDays}d-${perDay}pd-${i}`;
          sellers.push({ id, kind: 'worsened', perDay, level: 1, effect, onsetDays });
        }
      }
    }
  }
  for (const perDay of o.lowSizes) {
    for (let i = 0; i < o.lowPerSize; i++) {
      sellers.push({ id: `low-${perDay}pd-${i}`, kind: 'low', perDay, level: LOW_LEVEL, effect: 1, onsetDays: 0 });
    }
  }
  return { marketplace: o.marketplace, policy: o.policy, sellers };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Poisson draw by inversion (means here are at most ~10 a day). */
function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let product = rng.next();
  while (product > limit) {
    k += 1;
    product *= rng.next();
  }
  return k;
}

/** A year of events ending at `asOf` for every seller of the plan, the marketplace first. Deterministic by seed. */
export function* simulatedEvents(plan: SimulationPlan, asOf: Date, seed: number): Generator<ImportEvent> {
  const m = plan.marketplace;
  const end = asOf.getTime();
  yield { type: 'marketplace', id: m, name: `Calibration ${m}`, policy: plan.policy, currency: 'UAH', language: 'uk' };
  for (const s of plan.sellers) {
    yield {
      type: 'seller',
      marketplace: m,
      id: s.id,
      name: `Shop ${s.id}`,
      country: 'UA',
      language: 'uk',
      category: 'electronics',
      joinedAt: iso(end - 800 * DAY),
    };
  }
  for (const s of plan.sellers) yield* sellerEvents(m, s, end, createRng(`${seed}/${m}/${s.id}`));
}

function* sellerEvents(m: string, s: SimulatedSeller, end: number, rng: Rng): Generator<ImportEvent> {
  let n = 0;
  for (let day = 365; day >= 1; day--) {
    const worse = s.kind === 'worsened' && day <= s.onsetDays ? s.effect : 1;
    const rate = (base: number, worsens: boolean) => Math.min(0.9, base * s.level * (worsens ? worse : 1));
    const orders = poisson(rng, s.perDay);
    for (let j = 0; j < orders; j++) {
      const id = `${s.id}-o${n++}`;
      const placed = end - day * DAY + rng.float(0, DAY - HOUR);
      const promised = placed + 2 * DAY;
      const cancelled = rng.chance(rate(baseRates.cancel, true));
      const late = !cancelled && rng.chance(rate(baseRates.late, true));
      const shipped = cancelled ? null : promised + (late ? rng.float(0.2, 3) : -rng.float(0.1, 1.5)) * DAY;
      const lost = shipped !== null && rng.chance(rate(baseRates.lost, false));
      const delivered = shipped !== null && !lost ? shipped + 2 * DAY : null;
      yield {
        type: 'order',
        marketplace: m,
        id,
        seller: s.id,
        placedAt: iso(placed),
        promisedShipBy: iso(promised),
        shippedAt: shipped !== null && shipped < end ? iso(shipped) : null,
        deliveredAt: delivered !== null && delivered < end ? iso(delivered) : null,
        cancelledAt: cancelled ? iso(placed + DAY / 2) : null,
        cancelledBy: cancelled ? 'seller' : null,
        cancelReason: cancelled ? 'out_of_stock' : null,
        lost,
        tracking: true,
        total: '499.00',
        currency: 'UAH',
        items: [{ sku: 'sku-1', model: 'Kettle K2', category: 'home', qty: 1, price: '499.00' }],
      };
      if (delivered !== null && delivered < end) yield* afterDelivery(m, s, id, delivered, end, rng, rate);
      if (rng.chance(CONTACTS_PER_ORDER)) {
        const created = placed + DAY / 4;
        const hours = rng.chance(rate(baseRates.unanswered, false)) ? rng.float(25, 72) : rng.float(0.2, 20);
        const answered = created + hours * HOUR;
        yield {
          type: 'contact',
          marketplace: m,
          id: `${id}-m`,
          seller: s.id,
          order: id,
          channel: 'chat',
          createdAt: iso(Math.min(end - 1, created)),
          firstResponseAt: answered < end ? iso(answered) : null,
          text: null,
        };
      }
      if (rng.chance(rate(baseRates.complaint, false))) {
        yield {
          type: 'complaint',
          marketplace: m,
          id: `${id}-k`,
          seller: s.id,
          order: id,
          createdAt: iso(Math.min(end - 1, placed + 3 * DAY)),
          text: null,
          resolvedAt: null,
        };
      }
    }
  }
}

function* afterDelivery(
  m: string,
  s: SimulatedSeller,
  order: string,
  delivered: number,
  end: number,
  rng: Rng,
  rate: (base: number, worsens: boolean) => number,
): Generator<ImportEvent> {
  if (rng.chance(rate(baseRates.defect, true))) {
    const created = delivered + 2 * DAY;
    const settled = created + (rng.chance(rate(baseRates.lateRefund, false)) ? 20 : 3) * DAY;
    if (created < end) {
      yield {
        type: 'return',
        marketplace: m,
        id: `${order}-t`,
        seller: s.id,
        order,
        sku: 'sku-1',
        createdAt: iso(created),
        reason: 'defective_item',
        component: 'heater',
        refund: '100.00',
        resolvedAt: settled < end ? iso(settled) : null,
      };
    }
  }
  if (rng.chance(REVIEWS_PER_DELIVERED)) {
    const negative = rng.chance(NEGATIVE_REVIEW_SHARE);
    const created = delivered + DAY;
    if (created >= end) return;
    yield {
      type: 'review',
      marketplace: m,
      id: `${order}-r`,
      seller: s.id,
      order,
      createdAt: iso(created),
      rating: negative ? 2 : 5,
      text: null,
      lang: null,
      author: `buyer-${order}`,
      verified: true,
    };
    // Every negative review is answered within two days (never overdue).
    const answered = created + rng.float(0.1, 2) * DAY;
    if (negative && answered < end) {
      yield {
        type: 'review_comment',
        marketplace: m,
        id: `${order}-c`,
        review: `${order}-r`,
        createdAt: iso(answered),
        text: 'Sorry: we have sent a replacement.',
      };
    }
  }
}
