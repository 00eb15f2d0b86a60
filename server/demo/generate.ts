import type { EventOf, ImportEvent } from '../../shared/events.ts';
import { policies } from '../../shared/policies/index.ts';
import { afterOrder, mysteryShops, presaleContacts } from './aftermath.ts';
import { type Aftermath, CURRENCY, emptyBuckets, Ids, iso, joinedAtOf, MARKETPLACE } from './context.ts';
import { buildOrder, planOrders } from './orders.ts';
import { peerProfile, type SellerProfile } from './profiles.ts';
import { Rng } from './random.ts';
import { scenarioProfiles } from './scenarios.ts';

/**
 * The deterministic demo marketplace: one marketplace, six named scenario sellers and peers, each with a
 * year of orders and everything that follows them. Pure: the same options give byte-identical events.
 */

export interface DemoOptions {
  /** Total sellers: the six scenario sellers first (the first few of them when fewer), the rest peers. */
  sellers: number;
  seed: number;
  /** The end of the data (all times are at or before it); callers default it to today's UTC midnight. */
  asOf: Date;
}

export const demoMarketplace: EventOf<'marketplace'> = {
  type: 'marketplace',
  id: MARKETPLACE,
  name: 'Demo Market',
  policy: 'prom',
  currency: CURRENCY,
  language: 'uk',
  // Prom's exclusion rules with Back Market's trial period for new sellers and its defect threshold
  // (electronics, where a 1% order defect rate would put every phone shop at zero).
  policyOverrides: {
    trial: policies.backmarket.trial,
    thresholds: { defectRate: policies.backmarket.thresholds.defectRate },
  },
};

/** Today's UTC midnight. */
export function todayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function demoProfiles(options: Pick<DemoOptions, 'sellers' | 'seed'>): SellerProfile[] {
  const sellers = Math.max(0, Math.floor(options.sellers));
  // Fewer sellers than scenarios: the first ones, as they are with more (each has its own random stream).
  const profiles = scenarioProfiles(options.seed).slice(0, sellers);
  const peers = sellers - profiles.length;
  const used = new Set(profiles.map((p) => p.name));
  for (let n = 1; n <= peers; n++) {
    const peer = peerProfile(options.seed, n);
    // Namesakes get a city, then a number; earlier sellers keep their names when more are added.
    const candidates = [peer.name, ...(peer.cities ?? []).map((city) => `${peer.name} ${city}`)];
    let name = candidates.find((c) => !used.has(c));
    for (let k = 2; name === undefined; k++) if (!used.has(`${peer.name} ${k}`)) name = `${peer.name} ${k}`;
    used.add(name);
    profiles.push({ ...peer, name });
  }
  return profiles;
}

export function* generateDemoEvents(options: DemoOptions): Generator<ImportEvent> {
  const asOf = options.asOf.getTime();
  if (!Number.isFinite(asOf)) throw new RangeError('asOf: expected a valid date');
  if (!Number.isFinite(options.seed)) throw new RangeError('seed: expected a finite number');
  const profiles = demoProfiles(options);
  yield { ...demoMarketplace };
  for (const p of profiles) {
    yield {
      type: 'seller',
      marketplace: MARKETPLACE,
      id: p.id,
      name: p.name,
      country: p.country,
      language: p.language,
      category: p.category,
      joinedAt: iso(joinedAtOf(p, asOf)),
    };
  }
  for (const p of profiles) yield* sellerEvents(p, options.seed, asOf);
}

/** One seller's events, parents before children: orders, reviews, updates, comments, then the rest. */
function* sellerEvents(p: SellerProfile, seed: number, asOf: number): Generator<ImportEvent> {
  const rng = new Rng(`${seed}:seller:${p.id}`);
  const a: Aftermath = { p, rng, asOf, joinedAt: joinedAtOf(p, asOf), out: emptyBuckets(), ids: new Ids(p.id) };
  const pickLang = () => rng.weighted(p.buyers);
  const orders: EventOf<'order'>[] = [];
  for (const plan of planOrders(a)) {
    const facts = buildOrder(a, plan, a.ids.next('o'), plan.forced?.lang ?? pickLang());
    orders.push(facts.order);
    afterOrder(a, facts);
  }
  presaleContacts(a, Math.round(p.orders * p.base.contact * 0.35), pickLang);
  mysteryShops(a);

  yield* orders;
  const { out } = a;
  const byTime = <T extends { createdAt: string; id: string }>(list: T[]): T[] =>
    list.sort((x, y) => (x.createdAt < y.createdAt ? -1 : x.createdAt > y.createdAt ? 1 : x.id < y.id ? -1 : 1));
  yield* byTime(out.review);
  yield* byTime(out.review_update);
  yield* byTime(out.review_comment);
  yield* byTime(out.contact);
  yield* byTime(out.complaint);
  yield* byTime(out.return);
  yield* byTime(out.nps);
  yield* byTime(out.mystery_shop);
}
