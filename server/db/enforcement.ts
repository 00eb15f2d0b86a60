import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { newId } from '../auth/tokens.ts';
import type { CaseState, EnforcementCase } from '../domain/enforcement/case.ts';
import type { ChecklistFacts } from '../domain/enforcement/checklist.ts';
import { fakeReviewSignals } from '../domain/reviews/fake-signals.ts';
import { upsertRows } from './bulk.ts';
import type { Db } from './client.ts';
import { queryRows } from './query.ts';
import { enforcementCases } from './schema.ts';
import { lookbackFrom, negativeReview } from './unresolved.ts';

const openStates: CaseState[] = ['at_risk', 'excluded', 're_review_due', 'extended'];
type Row = typeof enforcementCases.$inferSelect;

function toCase(row: Row): EnforcementCase & { marketplace: string; seller: string; metric: string | null } {
  const meta = (row.checklist ?? {}) as { metric?: string };
  return {
    id: row.id,
    marketplace: row.marketplaceId,
    seller: row.sellerId,
    state: row.state as CaseState,
    rule: row.rule,
    openedAt: row.openedAt,
    excludedAt: row.excludedAt,
    reReviewDueAt: row.reReviewDueAt,
    letterReceivedAt: row.letterReceivedAt,
    letterAnswerDueAt: row.letterAnswerDueAt,
    closedAt: row.closedAt,
    decision: row.decision,
    decisionReason: row.decisionReason,
    decidedBy: row.decidedBy,
    metric: meta.metric ?? null,
  };
}

export type StoredCase = ReturnType<typeof toCase>;

export async function openCaseFor(db: Db, marketplace: string, seller: string): Promise<StoredCase | null> {
  const rows = await db
    .select()
    .from(enforcementCases)
    .where(
      and(
        eq(enforcementCases.marketplaceId, marketplace),
        eq(enforcementCases.sellerId, seller),
        inArray(enforcementCases.state, openStates),
      ),
    )
    .orderBy(desc(enforcementCases.openedAt))
    .limit(1);
  return rows[0] ? toCase(rows[0]) : null;
}

export async function caseById(db: Db, id: string): Promise<StoredCase | null> {
  const rows = await db.select().from(enforcementCases).where(eq(enforcementCases.id, id)).limit(1);
  return rows[0] ? toCase(rows[0]) : null;
}

export async function casesOf(db: Db, marketplace: string, seller: string): Promise<StoredCase[]> {
  const rows = await db
    .select()
    .from(enforcementCases)
    .where(and(eq(enforcementCases.marketplaceId, marketplace), eq(enforcementCases.sellerId, seller)))
    .orderBy(desc(enforcementCases.openedAt));
  return rows.map(toCase);
}

export async function openCases(db: Db, marketplace: string | null): Promise<StoredCase[]> {
  const rows = await db
    .select()
    .from(enforcementCases)
    .where(
      and(
        inArray(enforcementCases.state, openStates),
        marketplace ? eq(enforcementCases.marketplaceId, marketplace) : undefined,
      ),
    )
    .orderBy(asc(enforcementCases.reReviewDueAt), asc(enforcementCases.openedAt));
  return rows.map(toCase);
}

export async function insertCase(
  db: Db,
  marketplace: string,
  seller: string,
  c: EnforcementCase,
  metric: string | null,
): Promise<void> {
  await db
    .insert(enforcementCases)
    .values({ ...c, id: c.id || newId('case'), marketplaceId: marketplace, sellerId: seller, checklist: { metric } });
}

/** Opens many cases in one statement (the daily run may find hundreds of sellers at risk). */
export async function insertCases(
  db: Db,
  cases: { marketplace: string; seller: string; case: EnforcementCase; metric: string | null }[],
): Promise<void> {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const rows = cases.map(({ case: c, ...x }) => ({
    ...c,
    marketplaceId: x.marketplace,
    sellerId: x.seller,
    openedAt: iso(c.openedAt),
    excludedAt: iso(c.excludedAt),
    reReviewDueAt: iso(c.reReviewDueAt),
    letterReceivedAt: iso(c.letterReceivedAt),
    letterAnswerDueAt: iso(c.letterAnswerDueAt),
    closedAt: iso(c.closedAt),
    checklist: { metric: x.metric },
  }));
  for (let i = 0; i < rows.length; i += 1_000) await upsertRows(db, enforcementCases, rows.slice(i, i + 1_000), []);
}

export async function updateCase(db: Db, c: EnforcementCase): Promise<void> {
  const { id, ...fields } = c;
  await db.update(enforcementCases).set(fields).where(eq(enforcementCases.id, id));
}

const DAY = 86_400_000;

/** Facts for the six reinstatement checks, from the exclusion day to `now`. */
export async function checklistFacts(
  db: Db,
  c: StoredCase,
  now: Date,
  ruleRate: ChecklistFacts['ruleRate'],
): Promise<ChecklistFacts> {
  const since = (c.excludedAt ?? c.openedAt).toISOString();
  const yearBefore = new Date((c.excludedAt ?? c.openedAt).getTime() - 365 * DAY).toISOString();
  const nowIso = now.toISOString();
  const earliest = [yearBefore, lookbackFrom(now)].sort()[0] ?? yearBefore;
  const m = c.marketplace;
  const s = c.seller;
  // Item 1 and item 5 by the one definition (`server/db/unresolved.ts`), as of now: the negatives that became
  // negative before the exclusion and are still unresolved, and those that became negative since.
  const n = negativeReview({ review: 'r', asOf: now, scope: { kind: 'one-seller' } });
  const [negatives] = await queryRows<{
    before: number;
    unresolved: string[] | null;
    new_negatives: string[] | null;
    rating_then: number | null;
    rating_now: number | null;
  }>(
    db,
    sql`
    SELECT count(*) FILTER (WHERE ${n.since} < ${since} AND r.created_at >= ${lookbackFrom(now)})::int AS before,
      array_agg(r.id ORDER BY ${n.since}, r.id) FILTER (WHERE ${n.since} < ${since} AND ${n.unresolved}) AS unresolved,
      array_agg(r.id ORDER BY ${n.since}, r.id) FILTER (WHERE ${n.since} >= ${since}) AS new_negatives,
      avg(r.original_rating) FILTER (WHERE r.created_at < ${since} AND r.created_at >= ${yearBefore})::float8 AS rating_then,
      avg(r.rating) FILTER (WHERE NOT r.removed AND r.created_at >= ${yearBefore})::float8 AS rating_now
    FROM reviews r${n.from}
    WHERE r.marketplace_id = ${m} AND r.seller_id = ${s} AND r.created_at >= ${earliest} AND r.created_at < ${nowIso}`,
  );
  const recent = await queryRows<{
    id: string;
    rating: number;
    verified: boolean;
    author: string | null;
    text: string | null;
    created_at: string;
    author_reviews: number;
  }>(
    db,
    sql`
    SELECT r.id, r.rating, r.verified, r.author, r.text, r.created_at::text AS created_at,
      (SELECT count(*) FROM reviews a WHERE a.marketplace_id = r.marketplace_id AND a.author = r.author)::int AS author_reviews
    FROM reviews r
    WHERE r.marketplace_id = ${m} AND r.seller_id = ${s} AND r.created_at >= ${since} AND r.created_at < ${nowIso} AND NOT r.removed
    ORDER BY r.created_at`,
  );
  const complaints = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM complaints WHERE marketplace_id = ${m} AND seller_id = ${s} AND created_at >= ${since} AND created_at < ${nowIso} ORDER BY created_at`,
  );
  const positives = recent.filter((r) => r.rating >= 4);
  return {
    negativesBefore: negatives?.before ?? 0,
    unresolvedNegativeIds: negatives?.unresolved ?? [],
    newVerifiedPositiveIds: positives.filter((r) => r.verified).map((r) => r.id),
    ratingAtExclusion: negatives?.rating_then ?? null,
    ratingNow: negatives?.rating_now ?? null,
    fakeSignals: fakeReviewSignals(
      positives.map((r) => ({
        id: r.id,
        verified: r.verified,
        text: r.text,
        createdAt: r.created_at,
        authorReviews: r.author_reviews,
      })),
    ),
    letterReceivedAt: c.letterReceivedAt,
    reReviewDueAt: c.reReviewDueAt,
    newNegativeIds: negatives?.new_negatives ?? [],
    newComplaintIds: complaints.map((k) => k.id),
    ruleRate,
  };
}
