import { and, eq, sql } from 'drizzle-orm';
import type { Component, Reason } from '../../shared/reasons.ts';
import { newId } from '../auth/tokens.ts';
import type { SellerRef } from '../domain/access.ts';
import { ageDays, isOverdue, resolutionDeadline } from '../domain/reviews/unresolved.ts';
import type { Db } from './client.ts';
import { queryRows } from './query.ts';
import { labelCorrections, reviews } from './schema.ts';
import { negativeReview } from './unresolved.ts';

const DAY = 86_400_000;

export async function reviewOwner(db: Db, marketplace: string, review: string): Promise<string | null> {
  const rows = await db
    .select({ seller: reviews.sellerId })
    .from(reviews)
    .where(and(eq(reviews.marketplaceId, marketplace), eq(reviews.id, review)))
    .limit(1);
  return rows[0]?.seller ?? null;
}

/** Stores a person's correction and applies it at once; later imports re-apply it, so it wins over the model. */
export async function correctLabels(
  db: Db,
  c: {
    marketplace: string;
    seller: string;
    review: string;
    reasons: Reason[];
    component: Component | null;
    sentiment: string | null;
    by: string;
  },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(labelCorrections).values({
      id: newId('lc'),
      marketplaceId: c.marketplace,
      sellerId: c.seller,
      reviewId: c.review,
      reasons: c.reasons,
      component: c.component,
      sentiment: c.sentiment,
      correctedBy: c.by,
    });
    await tx
      .update(reviews)
      .set({
        reasons: c.reasons,
        component: c.component,
        ...(c.sentiment ? { sentiment: c.sentiment } : {}),
        confidence: 1,
        labelSource: 'correction',
      })
      .where(and(eq(reviews.marketplaceId, c.marketplace), eq(reviews.sellerId, c.seller), eq(reviews.id, c.review)));
  });
}

/** Corrections with the text they corrected, newest first: the material for evaluating the classifier. */
export async function correctionsExport(db: Db, marketplace: string | null, limit: number) {
  return queryRows<Record<string, unknown>>(
    db,
    sql`SELECT c.review_id AS id, r.original_text AS text, r.lang, r.original_rating AS rating, c.reasons, c.component,
        c.sentiment, c.at
      FROM label_corrections c JOIN reviews r ON r.marketplace_id = c.marketplace_id AND r.id = c.review_id
      WHERE ${marketplace ? sql`c.marketplace_id = ${marketplace}` : sql`TRUE`}
      ORDER BY c.at DESC LIMIT ${limit}`,
  );
}

/** Negative reviews of the last 90 days grouped by reason: count, share, 30-day vs the 60 days before, examples. */
export async function reasonGroups(db: Db, ref: SellerRef, now: Date) {
  const d90 = new Date(now.getTime() - 90 * DAY).toISOString();
  const d30 = new Date(now.getTime() - 30 * DAY).toISOString();
  const rows = await queryRows<{ reason: string; n: number; last30: number; before: number; examples: string[] }>(
    db,
    sql`
    SELECT reason, count(*)::int AS n,
      count(*) FILTER (WHERE created_at >= ${d30})::int AS last30,
      count(*) FILTER (WHERE created_at < ${d30})::int AS before,
      (array_agg(id ORDER BY created_at DESC))[1:5] AS examples
    FROM (
      SELECT r.id, r.created_at, unnest(CASE WHEN cardinality(coalesce(r.reasons, '{}')) = 0 THEN ARRAY['other'] ELSE r.reasons END) AS reason
      FROM reviews r
      WHERE r.marketplace_id = ${ref.marketplace} AND r.seller_id = ${ref.seller} AND r.original_rating <= 2
        AND r.created_at >= ${d90} AND r.created_at < ${now.toISOString()}
    ) x
    GROUP BY reason ORDER BY n DESC, reason`,
  );
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  return rows.map((r) => ({
    reason: r.reason,
    count: r.n,
    share: total ? Math.round((r.n / total) * 1000) / 1000 : 0,
    // Per 30 days: the last 30 against the 60 before, so a rising reason shows as > 1.
    trend: r.before ? Math.round((r.last30 / (r.before / 2)) * 100) / 100 : null,
    last30: r.last30,
    exampleIds: r.examples,
  }));
}

/**
 * The unresolved negatives by the one definition (`server/db/unresolved.ts`), oldest first, with when each
 * became negative, its age and its deadline.
 */
export async function unresolvedNegatives(db: Db, ref: SellerRef, now: Date, deadlineDays: number) {
  const n = negativeReview({ review: 'r', asOf: now, scope: { kind: 'one-seller' } });
  const rows = await queryRows<{
    id: string;
    created_at: string;
    since: string;
    rating: number;
    text: string | null;
    lang: string | null;
    reasons: string[] | null;
  }>(
    db,
    sql`SELECT r.id, r.created_at, ${n.since} AS since, r.rating, r.text, r.lang, r.reasons
      FROM reviews r${n.from}
      WHERE r.marketplace_id = ${ref.marketplace} AND r.seller_id = ${ref.seller} AND ${n.unresolved}
      ORDER BY ${n.since}, r.id LIMIT 200`,
  );
  return rows.map((r) => {
    const since = new Date(r.since);
    return {
      id: r.id,
      createdAt: new Date(r.created_at).toISOString(),
      negativeSince: since.toISOString(),
      rating: r.rating,
      text: r.text,
      lang: r.lang,
      reasons: r.reasons,
      ageDays: ageDays(since, now),
      deadline: resolutionDeadline(since, deadlineDays).toISOString(),
      overdue: isOverdue(since, now, deadlineDays),
    };
  });
}

/** Positive reviews since a date, with how many reviews each author wrote: input for fake-review signals. */
export async function recentPositives(db: Db, ref: SellerRef, since: Date) {
  const rows = await queryRows<{
    id: string;
    verified: boolean;
    text: string | null;
    created_at: string;
    author_reviews: number;
  }>(
    db,
    sql`SELECT r.id, r.verified, r.text, r.created_at::text AS created_at,
        (SELECT count(*) FROM reviews a WHERE a.marketplace_id = r.marketplace_id AND a.author = r.author)::int AS author_reviews
      FROM reviews r
      WHERE r.marketplace_id = ${ref.marketplace} AND r.seller_id = ${ref.seller} AND r.created_at >= ${since.toISOString()}
        AND r.rating >= 4 AND NOT r.removed
      ORDER BY r.created_at`,
  );
  return rows.map((r) => ({
    id: r.id,
    verified: r.verified,
    text: r.text,
    createdAt: r.created_at,
    authorReviews: r.author_reviews,
  }));
}
