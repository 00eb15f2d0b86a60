import { and, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { evaluationRuns } from '../schema.ts';

export interface EvaluationRun {
  marketplace: string;
  asOf: string;
  startedAt: Date;
  finishedAt: Date;
  sellers: number;
  priorRating: number;
  peers: Record<string, number[]>;
}

export async function saveRun(db: Db, run: EvaluationRun): Promise<void> {
  const values = { ...run, marketplaceId: run.marketplace };
  await db
    .insert(evaluationRuns)
    .values(values)
    .onConflictDoUpdate({ target: [evaluationRuns.marketplaceId, evaluationRuns.asOf], set: values });
}

/** The latest full run on or before `asOf`, without its peer distributions. */
export async function latestRunInfo(
  db: Db,
  marketplace: string,
  asOf: string,
): Promise<Omit<EvaluationRun, 'peers'> | null> {
  const rows = await db
    .select({
      marketplace: evaluationRuns.marketplaceId,
      asOf: evaluationRuns.asOf,
      startedAt: evaluationRuns.startedAt,
      finishedAt: evaluationRuns.finishedAt,
      sellers: evaluationRuns.sellers,
      priorRating: evaluationRuns.priorRating,
    })
    .from(evaluationRuns)
    .where(and(eq(evaluationRuns.marketplaceId, marketplace), lte(evaluationRuns.asOf, asOf)))
    .orderBy(desc(evaluationRuns.asOf))
    .limit(1);
  return rows[0] ?? null;
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
  };
}
