import { and, eq, sql } from 'drizzle-orm';
import type { Component, Reason } from '../../shared/reasons.ts';
import { newId } from '../auth/tokens.ts';
import type { SellerRef } from '../domain/access.ts';
import type { Db } from './client.ts';
import { queryRows } from './query.ts';
import { labelCorrections, reviews } from './schema.ts';

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

/** Negatives neither answered nor fixed, oldest first, with their age and the 14-day deadline. */
export async function unresolvedNegatives(db: Db, ref: SellerRef, now: Date, deadlineDays: number) {
  const rows = await db
    .select({
      id: reviews.id,
      createdAt: reviews.createdAt,
      rating: reviews.rating,
      text: reviews.text,
      lang: reviews.lang,
      reasons: reviews.reasons,
    })
    .from(reviews)
    .where(
      and(
        eq(reviews.marketplaceId, ref.marketplace),
        eq(reviews.sellerId, ref.seller),
        sql`${reviews.rating} <= 2 AND NOT ${reviews.removed}`,
        sql`NOT EXISTS (SELECT 1 FROM review_comments c WHERE c.marketplace_id = ${reviews.marketplaceId} AND c.review_id = ${reviews.id})`,
      ),
    )
    .orderBy(reviews.createdAt)
    .limit(200);
  return rows.map((r) => {
    const ageDays = Math.floor((now.getTime() - r.createdAt.getTime()) / DAY);
    const deadline = new Date(r.createdAt.getTime() + deadlineDays * DAY);
    return {
      ...r,
      createdAt: r.createdAt.toISOString(),
      ageDays,
      deadline: deadline.toISOString(),
      overdue: deadline < now,
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
