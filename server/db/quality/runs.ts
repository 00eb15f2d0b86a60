import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { Policy } from '../../../shared/policies/index.ts';
import type { Db } from '../client.ts';
import { queryRowsPrepared } from '../query.ts';
import { evaluationRuns } from '../schema.ts';

export interface EvaluationRun {
  marketplace: string;
  asOf: string;
  startedAt: Date;
  finishedAt: Date;
  sellers: number;
  priorRating: number;
  peers: Record<string, number[]>;
  /** The resolved policy the run judged by; null for runs stored before it was kept. */
  policy: Policy | null;
}

export async function saveRun(db: Db, run: EvaluationRun): Promise<void> {
  const values = { ...run, marketplaceId: run.marketplace };
  await db
    .insert(evaluationRuns)
    .values(values)
    .onConflictDoUpdate({ target: [evaluationRuns.marketplaceId, evaluationRuns.asOf], set: values });
}

/** The latest full run on or before `asOf`. */
export async function latestRun(db: Db, marketplace: string, asOf: string): Promise<EvaluationRun | null> {
  const rows = await db
    .select()
    .from(evaluationRuns)
    .where(and(eq(evaluationRuns.marketplaceId, marketplace), lte(evaluationRuns.asOf, asOf)))
    .orderBy(desc(evaluationRuns.asOf))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  return {
    marketplace: row.marketplaceId,
    asOf: row.asOf,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    sellers: row.sellers,
    priorRating: row.priorRating,
    peers: row.peers as Record<string, number[]>,
    policy: (row.policy as Policy | null) ?? null,
  };
}

/** What re-evaluating a few sellers needs to know about their marketplace, in one round trip. */
export interface MarketplaceState {
  policy: string;
  overrides: Record<string, unknown>;
  /** The latest full run on or before the day, if any (its peers are loaded separately, and cached). */
  run: { asOf: string; finishedAt: Date; priorRating: number } | null;
  /** Of the given sellers, those whose exclusion is in force. */
  excluded: Set<string>;
}

export async function marketplaceState(
  db: Db,
  marketplace: string,
  day: string,
  sellers: readonly string[],
): Promise<MarketplaceState | null> {
  const [row] = await queryRowsPrepared<{
    policy: string;
    overrides: Record<string, unknown> | null;
    run: { asOf: string; finishedAt: string; priorRating: number } | string | null;
    excluded: string[];
  }>(
    db,
    sql`SELECT m.policy, m.policy_overrides AS overrides,
      (SELECT json_build_object('asOf', r.as_of, 'finishedAt', r.finished_at, 'priorRating', r.prior_rating)
        FROM evaluation_runs r WHERE r.marketplace_id = m.id AND r.as_of <= ${day}
        ORDER BY r.as_of DESC LIMIT 1) AS run,
      ARRAY(SELECT c.seller_id FROM enforcement_cases c WHERE c.marketplace_id = m.id
        AND c.state IN ('excluded', 're_review_due', 'extended')
        AND c.seller_id = ANY(${sql.param([...sellers])}::text[])) AS excluded
    FROM marketplaces m WHERE m.id = ${marketplace}`,
  );
  if (!row) return null;
  const run = typeof row.run === 'string' ? JSON.parse(row.run) : row.run;
  return {
    policy: row.policy,
    overrides: row.overrides ?? {},
    run: run ? { asOf: run.asOf, finishedAt: new Date(run.finishedAt), priorRating: run.priorRating } : null,
    excluded: new Set(row.excluded),
  };
}
