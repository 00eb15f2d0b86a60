import type { Component, Reason } from '../../shared/reasons.ts';
import { countries, type ShopCategory, shopCategoryShares } from './catalog.ts';
import { Rng } from './random.ts';
import type { DemoLanguage } from './texts/types.ts';

/** Per-order probabilities and service levels of a seller in one period. */
export interface Rates {
  /** Shipped after the promised ship-by time. */
  late: number;
  /** Cancelled by the seller (mostly out of stock). */
  sellerCancel: number;
  /** Abandoned by the buyer because nobody confirmed the order. */
  noResponse: number;
  buyerCancel: number;
  lost: number;
  defect: number;
  damaged: number;
  wrong: number;
  mismatch: number;
  /** Probability that an order has a buyer contact. */
  contact: number;
  /** Median first-response time in hours. */
  responseHours: number;
  unanswered: number;
  /** Share of otherwise fine reviews that are negative anyway (rudeness, delivery cost, …). */
  serviceNegative: number;
  /** Share of refunds that drag on for weeks. */
  refundDelay: number;
  /** Share of negative reviews the seller answers, and the median delay in hours. */
  commentRate: number;
  commentHours: number;
  /** Share of answered negatives whose buyer then raises the rating or removes the review. */
  updateRate: number;
}

/** An order whose outcome is fixed by the scenario (so that the demo always shows it). */
export interface ForcedOrder {
  daysAgo: number;
  reason: Reason;
  component?: Component;
  model?: string;
  lang?: DemoLanguage;
  review: boolean;
  resolved: boolean;
}

export interface SellerProfile {
  id: string;
  name: string;
  /** Suffixes that tell namesakes apart (peers only). */
  cities?: readonly string[];
  country: string;
  language: DemoLanguage;
  category: ShopCategory;
  joinedDaysAgo: number;
  orders: number;
  /** Handling time promised to buyers, in hours. */
  handlingHours: number;
  base: Rates;
  recent?: { days: number; rates: Rates; volume: number };
  buyers: readonly (readonly [DemoLanguage, number])[];
  reviewRate: number;
  npsRate: number;
  /** When false, only forced orders produce negative reviews (a tiny, clean shop). */
  organicNegatives: boolean;
  forced: ForcedOrder[];
  cluster?: { model: string; component: Component; days: number; rate: number; share: number };
  mysteryShops: number;
}

export const good: Rates = {
  late: 0.03,
  sellerCancel: 0.01,
  noResponse: 0.003,
  buyerCancel: 0.03,
  lost: 0.002,
  defect: 0.015,
  damaged: 0.004,
  wrong: 0.003,
  mismatch: 0.004,
  contact: 0.12,
  responseHours: 3,
  unanswered: 0.02,
  serviceNegative: 0.02,
  refundDelay: 0.05,
  commentRate: 0.85,
  commentHours: 20,
  updateRate: 0.4,
};

export const poor: Rates = {
  late: 0.16,
  sellerCancel: 0.07,
  noResponse: 0.02,
  buyerCancel: 0.05,
  lost: 0.01,
  defect: 0.06,
  damaged: 0.02,
  wrong: 0.015,
  mismatch: 0.025,
  contact: 0.22,
  responseHours: 30,
  unanswered: 0.2,
  serviceNegative: 0.08,
  refundDelay: 0.35,
  commentRate: 0.2,
  commentHours: 200,
  updateRate: 0.1,
};

function between(rng: Rng, lo: number, hi: number): number {
  return Math.round(rng.float(lo, hi) * 1000) / 1000;
}

/** A peer seller: most good, some mediocre, a few poor. Depends only on (seed, n). */
export function peerProfile(seed: number, n: number): SellerProfile {
  const id = `s-peer-${String(n).padStart(3, '0')}`;
  const rng = new Rng(`${seed}:profile:${id}`);
  const country = rng.weighted(countries.map((c) => [c, c.share] as const));
  const category = rng.weighted(shopCategoryShares);
  const name = rng.chance(0.4) ? `${rng.pick(country.names)} ${rng.pick(country.cities)}` : rng.pick(country.names);
  const tier = rng.weighted([
    ['good', 70],
    ['mediocre', 22],
    ['poor', 8],
  ] as const);
  const f = tier === 'good' ? 1 : tier === 'mediocre' ? 2.6 : 4.5;
  const base: Rates = {
    late: between(rng, 0.015, 0.045) * f,
    sellerCancel: between(rng, 0.004, 0.015) * f,
    noResponse: between(rng, 0.001, 0.004) * f,
    buyerCancel: between(rng, 0.02, 0.04),
    lost: between(rng, 0.001, 0.003) * f,
    defect: between(rng, 0.008, 0.02) * f,
    damaged: between(rng, 0.002, 0.005) * f,
    wrong: between(rng, 0.001, 0.004) * f,
    mismatch: between(rng, 0.002, 0.005) * f,
    contact: between(rng, 0.08, 0.16) * Math.min(f, 2),
    responseHours: between(rng, 1.5, 6) * f * f,
    unanswered: Math.min(0.4, between(rng, 0.01, 0.03) * f * f),
    serviceNegative: between(rng, 0.01, 0.025) * f,
    refundDelay: Math.min(0.5, between(rng, 0.03, 0.07) * f),
    commentRate:
      tier === 'good'
        ? between(rng, 0.65, 0.95)
        : tier === 'mediocre'
          ? between(rng, 0.35, 0.6)
          : between(rng, 0.05, 0.3),
    commentHours: between(rng, 10, 40) * f * f,
    updateRate: tier === 'good' ? between(rng, 0.3, 0.5) : between(rng, 0.1, 0.25),
  };
  return {
    id,
    name,
    cities: country.cities,
    country: country.code,
    language: country.language,
    category,
    joinedDaysAgo: rng.int(200, 1_800),
    orders: rng.int(150, 600),
    handlingHours: rng.chance(0.7) ? 24 : 48,
    base,
    buyers: country.buyers,
    reviewRate: between(rng, 0.25, 0.35),
    npsRate: between(rng, 0.06, 0.14),
    organicNegatives: true,
    forced: [],
    mysteryShops: 0,
  };
}
