import { type CostProfile, defaultProfileFor, strategyFor } from '../../shared/strategy.ts';
import { audit } from '../db/audit.ts';
import type { Db } from '../db/client.ts';
import { negativeReasonCounts, saveCostProfile, sellerCostProfiles, soldCategories } from '../db/strategies.ts';
import type { Caller, SellerRef } from '../domain/access.ts';
import { summarisePillars } from '../domain/pillars.ts';

const DAY = 86_400_000;
const yearBefore = (now: Date) => new Date(now.getTime() - 365 * DAY);

/** Each category the seller sold in the last year, with its Lele–Sheth quadrant (own costs or the defaults). */
export async function sellerStrategies(db: Db, seller: SellerRef, now: Date) {
  const [categories, own] = await Promise.all([
    soldCategories(db, seller, yearBefore(now)),
    sellerCostProfiles(db, seller),
  ]);
  return categories.map((c) => {
    const profile = own.get(c.category) ?? defaultProfileFor(c.category);
    return {
      ...c,
      ...profile,
      source: own.has(c.category) ? ('seller' as const) : ('default' as const),
      strategy: strategyFor(profile),
    };
  });
}

/** Stores a category's repair and failure cost, audited. */
export async function setCostProfile(db: Db, actor: Caller, seller: SellerRef, category: string, profile: CostProfile) {
  await db.transaction(async (tx) => {
    const store = tx as unknown as Db;
    await saveCostProfile(store, seller, category, profile);
    await audit(store, { ...seller, actor: actor.id, action: 'strategy.set', subject: category, details: profile });
  });
  return { category, ...profile, strategy: strategyFor(profile) };
}

/** The seller's negatives of the last year per Six-Pillars pillar. */
export async function sellerPillars(db: Db, seller: SellerRef, now: Date) {
  const counts = await negativeReasonCounts(db, seller, yearBefore(now));
  return { negatives: counts.negatives, unlabelled: counts.unlabelled, pillars: summarisePillars(counts.byReason) };
}
