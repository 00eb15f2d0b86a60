import { and, asc, eq, sql } from 'drizzle-orm';
import type { SellerListItem, SellerOverview } from '../../shared/api.ts';
import type { Caller, SellerRef } from '../domain/access.ts';
import type { Db } from './client.ts';
import { queryRows } from './query.ts';
import { managerAssignments, sellerMembers, sellers } from './schema.ts';
import { isNegativeNow, negativeReview } from './unresolved.ts';

/**
 * The badge's figures as of `now`: reviews and negatives as they stand (not removed, rating 1–2), and the
 * unresolved negatives by the one definition (`server/db/unresolved.ts`).
 */
export async function sellerOverview(db: Db, ref: SellerRef, now: Date): Promise<SellerOverview | null> {
  const n = negativeReview({ review: 'rv', asOf: now, scope: { kind: 'one-seller' } });
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
    SELECT s.marketplace_id, s.id, s.name, s.category, s.joined_at,
      (SELECT count(*) FROM orders o WHERE o.marketplace_id = s.marketplace_id AND o.seller_id = s.id)::int AS order_count,
      r.review_count, r.negative_count, u.unresolved_negatives, r.average_rating
    FROM sellers s
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS review_count,
        count(*) FILTER (WHERE ${isNegativeNow('rv')})::int AS negative_count,
        avg(rv.rating)::float8 AS average_rating
      FROM reviews rv
      WHERE rv.marketplace_id = s.marketplace_id AND rv.seller_id = s.id AND NOT rv.removed
    ) r
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS unresolved_negatives
      FROM reviews rv${n.from}
      WHERE rv.marketplace_id = s.marketplace_id AND rv.seller_id = s.id AND ${n.unresolved}
    ) u
    WHERE s.marketplace_id = ${ref.marketplace} AND s.id = ${ref.seller}`,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    marketplace: String(row.marketplace_id),
    seller: String(row.id),
    name: String(row.name),
    category: String(row.category),
    joinedAt: new Date(row.joined_at as string).toISOString(),
    orderCount: Number(row.order_count),
    reviewCount: Number(row.review_count),
    negativeReviewCount: Number(row.negative_count),
    unresolvedNegatives: Number(row.unresolved_negatives),
    averageRating: row.average_rating === null ? null : Number(row.average_rating),
  };
}

/** The sellers a caller may see, by role. */
export async function visibleSellers(db: Db, caller: Caller, limit: number, offset: number): Promise<SellerListItem[]> {
  const columns = {
    marketplace: sellers.marketplaceId,
    seller: sellers.id,
    name: sellers.name,
    category: sellers.category,
  };
  const order = [asc(sellers.marketplaceId), asc(sellers.id)];
  const base = db.select(columns).from(sellers);
  switch (caller.role) {
    case 'admin':
      return base
        .orderBy(...order)
        .limit(limit)
        .offset(offset);
    case 'moderator':
      return base
        .where(eq(sellers.marketplaceId, caller.marketplaceId ?? ''))
        .orderBy(...order)
        .limit(limit)
        .offset(offset);
    case 'account_manager':
    case 'seller': {
      const link = caller.role === 'seller' ? sellerMembers : managerAssignments;
      return db
        .select(columns)
        .from(sellers)
        .innerJoin(link, and(eq(link.marketplaceId, sellers.marketplaceId), eq(link.sellerId, sellers.id)))
        .where(eq(link.userId, caller.id))
        .orderBy(...order)
        .limit(limit)
        .offset(offset);
    }
  }
}
