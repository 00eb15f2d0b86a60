import { and, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { SellerEvaluation } from '../../../shared/quality.ts';
import type { SellerFacts } from '../../domain/quality/facts.ts';
import { upsertRows } from '../bulk.ts';
import type { Db } from '../client.ts';
import { copiedAsNew, encodeCopyRows } from '../copy.ts';
import { enforcementCases, evaluationRuns, marketplaces, scoreSnapshots } from '../schema.ts';

const CHUNK = 500;

/** Stores whole evaluations as the day's snapshot (a few sellers re-evaluated); a later one of the day replaces it. */
export async function saveSnapshots(db: Db, evaluations: readonly SellerEvaluation[]): Promise<void> {
  const rows = snapshotRows(evaluations);
  for (let i = 0; i < rows.length; i += CHUNK) await upsertRows(db, scoreSnapshots, rows.slice(i, i + CHUNK), []);
}

/**
 * A full run's snapshots, in the same order as their facts: the row keeps the facts, the run what they were
 * judged against. COPYed after `clearDay`, plain rows instead of an upsert per row (10,000 snapshots: about a
 * quarter less time and backend CPU); upserted if another process re-evaluated one of the sellers meanwhile.
 * Inside the run's transaction, on its connection.
 */
export async function copySnapshots(
  tx: Db,
  evaluations: readonly SellerEvaluation[],
  facts: readonly SellerFacts[],
): Promise<void> {
  const rows = snapshotRows(evaluations, facts);
  const encoded = encodeCopyRows(scoreSnapshots, rows);
  if (!encoded || (await copiedAsNew(tx, [{ table: scoreSnapshots, rows: encoded }]))) return;
  await upsertRows(tx, scoreSnapshots, rows, []);
}

/** Removes a marketplace's snapshots of one day (every window), before a full run writes the day again. */
export async function clearDay(tx: Db, marketplace: string, day: string): Promise<void> {
  await tx
    .delete(scoreSnapshots)
    .where(and(eq(scoreSnapshots.marketplaceId, marketplace), eq(scoreSnapshots.asOf, day)));
}

function snapshotRows(evaluations: readonly SellerEvaluation[], facts?: readonly SellerFacts[]) {
  const computedAt = new Date().toISOString();
  return evaluations.map((e, i) => ({
    marketplaceId: e.marketplace,
    sellerId: e.seller,
    asOf: e.asOf,
    windowDays: e.window,
    status: e.status,
    rule: e.rule,
    flags: e.flags,
    technical: e.axes.technical.score,
    delivery: e.axes.delivery.score,
    afterSales: e.axes.afterSales.score,
    unresolvedNegatives: e.unresolvedNegatives,
    evaluation: facts ? null : e,
    facts: facts ? facts[i] : null,
    computedAt,
  }));
}

/**
 * A seller's latest snapshot: a whole evaluation, or a full run's facts to judge again with that day's run
 * (whose finish time tells a cached copy of its peers from a newer run of the same day).
 */
export type StoredSnapshot =
  | { asOf: string; evaluation: SellerEvaluation; facts: null; runFinishedAt: Date | null }
  | { asOf: string; evaluation: null; facts: SellerFacts; runFinishedAt: Date | null };

export async function latestSnapshot(db: Db, marketplace: string, seller: string): Promise<StoredSnapshot | null> {
  const rows = await db
    .select({
      asOf: scoreSnapshots.asOf,
      evaluation: scoreSnapshots.evaluation,
      facts: scoreSnapshots.facts,
      runFinishedAt: evaluationRuns.finishedAt,
    })
    .from(scoreSnapshots)
    .leftJoin(
      evaluationRuns,
      and(eq(evaluationRuns.marketplaceId, scoreSnapshots.marketplaceId), eq(evaluationRuns.asOf, scoreSnapshots.asOf)),
    )
    .where(and(eq(scoreSnapshots.marketplaceId, marketplace), eq(scoreSnapshots.sellerId, seller)))
    .orderBy(desc(scoreSnapshots.asOf))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const { asOf, runFinishedAt } = row;
  return row.evaluation
    ? { asOf, evaluation: row.evaluation as SellerEvaluation, facts: null, runFinishedAt }
    : { asOf, evaluation: null, facts: row.facts as SellerFacts, runFinishedAt };
}

export async function snapshotHistory(db: Db, q: { marketplace: string; seller: string; from: string; to: string }) {
  return db
    .select({
      asOf: scoreSnapshots.asOf,
      status: scoreSnapshots.status,
      technical: scoreSnapshots.technical,
      delivery: scoreSnapshots.delivery,
      afterSales: scoreSnapshots.afterSales,
      unresolvedNegatives: scoreSnapshots.unresolvedNegatives,
    })
    .from(scoreSnapshots)
    .where(
      and(
        eq(scoreSnapshots.marketplaceId, q.marketplace),
        eq(scoreSnapshots.sellerId, q.seller),
        gte(scoreSnapshots.asOf, q.from),
        lte(scoreSnapshots.asOf, q.to),
      ),
    )
    .orderBy(scoreSnapshots.asOf);
}

export interface StoredPolicy {
  policy: string;
  overrides: Record<string, unknown>;
}

export async function marketplacePolicy(db: Db, marketplace: string): Promise<StoredPolicy | null> {
  return (await marketplacePolicies(db, [marketplace])).get(marketplace) ?? null;
}

/** The policy and overrides of each of these marketplaces that exists. */
export async function marketplacePolicies(db: Db, ids: readonly string[]): Promise<Map<string, StoredPolicy>> {
  const rows = await db
    .select({ id: marketplaces.id, policy: marketplaces.policy, overrides: marketplaces.policyOverrides })
    .from(marketplaces)
    .where(inArray(marketplaces.id, [...ids]));
  return new Map(
    rows.map((r) => [r.id, { policy: r.policy, overrides: (r.overrides ?? {}) as Record<string, unknown> }]),
  );
}

export async function marketplaceIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: marketplaces.id }).from(marketplaces).orderBy(marketplaces.id);
  return rows.map((r) => r.id);
}

/** A marketplace's overrides of its policy's numbers (validated by resolvePolicy when read). */
export async function setPolicyOverrides(
  db: Db,
  marketplace: string,
  overrides: Record<string, unknown>,
): Promise<void> {
  await db.update(marketplaces).set({ policyOverrides: overrides }).where(eq(marketplaces.id, marketplace));
}

/** Sellers currently excluded from the catalogue (an open case past the exclusion step). */
export async function excludedSellers(db: Db, marketplace: string): Promise<Set<string>> {
  const rows = await db
    .select({ seller: enforcementCases.sellerId })
    .from(enforcementCases)
    .where(
      and(
        eq(enforcementCases.marketplaceId, marketplace),
        inArray(enforcementCases.state, ['excluded', 're_review_due', 'extended']),
      ),
    );
  return new Set(rows.map((r) => r.seller));
}
