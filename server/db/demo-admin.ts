import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { queryRows } from './query.ts';
import { marketplaces, orderItems, orders, reviewComments, reviews, sellers } from './schema.ts';
import { isNegativeNow, negativeReview } from './unresolved.ts';

// Queries behind the demo marketplace's seller admin (server/demo/admin). Every filter is seller-first:
// marketplace_id = … AND seller_id = …, so each query stays on one shard when distributed by seller_id.

export interface ShopRef {
  marketplace: string;
  seller: string;
}

export interface ShopListItem extends ShopRef {
  marketplaceName: string;
  name: string;
  category: string;
}

export interface Shop extends ShopListItem {
  /** Unresolved negatives as of now, by the one definition (`server/db/unresolved.ts`). */
  awaitingReply: number;
}

const shopColumns = {
  marketplace: sellers.marketplaceId,
  seller: sellers.id,
  marketplaceName: sql<string>`coalesce(${marketplaces.name}, ${sellers.marketplaceId})`,
  name: sellers.name,
  category: sellers.category,
};

export async function listShops(db: Db): Promise<ShopListItem[]> {
  return db
    .select(shopColumns)
    .from(sellers)
    .leftJoin(marketplaces, eq(marketplaces.id, sellers.marketplaceId))
    .orderBy(asc(sellers.marketplaceId), asc(sellers.name), asc(sellers.id));
}

const hasReply = sql`EXISTS (SELECT 1 FROM review_comments c
  WHERE c.marketplace_id = ${reviews.marketplaceId} AND c.review_id = ${reviews.id})`;

export async function findShop(db: Db, ref: ShopRef, now: Date): Promise<Shop | null> {
  const n = negativeReview({ review: 'r', asOf: now, scope: { kind: 'one-seller' } });
  const rows = await db
    .select({
      ...shopColumns,
      awaitingReply: sql<number>`(SELECT count(*) FROM reviews r${n.from} WHERE r.marketplace_id = ${ref.marketplace}
        AND r.seller_id = ${ref.seller} AND ${n.unresolved})::int`,
    })
    .from(sellers)
    .leftJoin(marketplaces, eq(marketplaces.id, sellers.marketplaceId))
    .where(and(eq(sellers.marketplaceId, ref.marketplace), eq(sellers.id, ref.seller)))
    .limit(1);
  return rows[0] ?? null;
}

export interface ShopKpis {
  ordersSince: number;
  reviews: number;
  averageRating: number | null;
}

/** Orders placed since `since`, and the count and mean rating of the reviews that are not removed. */
export async function shopKpis(db: Db, params: ShopRef & { since: Date }): Promise<ShopKpis> {
  const { marketplace, seller } = params;
  const rows = await queryRows<{ orders: number; reviews: number; average: number | null }>(
    db,
    sql`SELECT
      (SELECT count(*) FROM orders o WHERE o.marketplace_id = ${marketplace} AND o.seller_id = ${seller}
        AND o.placed_at >= ${params.since.toISOString()}::timestamptz)::int AS orders,
      count(*)::int AS reviews,
      avg(r.rating)::float8 AS average
    FROM reviews r
    WHERE r.marketplace_id = ${marketplace} AND r.seller_id = ${seller} AND NOT r.removed`,
  );
  const row = rows[0];
  return {
    ordersSince: Number(row?.orders ?? 0),
    reviews: Number(row?.reviews ?? 0),
    averageRating: row?.average === null || row?.average === undefined ? null : Number(row.average),
  };
}

export const reviewFilters = ['all', 'negative', 'unanswered'] as const;
export type ReviewFilter = (typeof reviewFilters)[number];

function reviewFilterSql(filter: ReviewFilter): SQL | undefined {
  switch (filter) {
    case 'all':
      return undefined;
    case 'negative':
      return isNegativeNow('reviews');
    case 'unanswered':
      return sql`NOT ${hasReply} AND NOT ${reviews.removed}`;
  }
}

const ofShop = (ref: ShopRef) => and(eq(reviews.marketplaceId, ref.marketplace), eq(reviews.sellerId, ref.seller));

export interface ReviewReply {
  id: string;
  createdAt: Date;
  text: string;
}

export interface ReviewItem {
  id: string;
  orderId: string | null;
  createdAt: Date;
  rating: number;
  edited: boolean;
  text: string | null;
  removed: boolean;
  lang: string | null;
  author: string | null;
  verified: boolean;
  /** An unresolved negative as of now, by the one definition. */
  unresolved: boolean;
  replies: ReviewReply[];
}

export type ReviewCounts = Record<ReviewFilter, number>;

export async function reviewCounts(db: Db, ref: ShopRef): Promise<ReviewCounts> {
  const rows = await db
    .select({
      all: sql<number>`count(*)::int`,
      negative: sql<number>`(count(*) FILTER (WHERE ${reviewFilterSql('negative')}))::int`,
      unanswered: sql<number>`(count(*) FILTER (WHERE ${reviewFilterSql('unanswered')}))::int`,
    })
    .from(reviews)
    .where(ofShop(ref));
  const row = rows[0];
  return { all: Number(row?.all ?? 0), negative: Number(row?.negative ?? 0), unanswered: Number(row?.unanswered ?? 0) };
}

/** One page of a shop's reviews, newest first, with their seller replies (oldest first). */
export async function listReviews(
  db: Db,
  params: ShopRef & { filter: ReviewFilter; limit: number; offset: number; now: Date },
): Promise<ReviewItem[]> {
  const unresolved = negativeReview({ review: 'r', asOf: params.now, scope: { kind: 'one-seller' } });
  const rows = await db
    .select({
      id: reviews.id,
      orderId: reviews.orderId,
      createdAt: reviews.createdAt,
      rating: reviews.rating,
      edited: sql<boolean>`(${reviews.rating} <> ${reviews.originalRating}
        OR ${reviews.text} IS DISTINCT FROM ${reviews.originalText})`,
      text: reviews.text,
      removed: reviews.removed,
      lang: reviews.lang,
      author: reviews.author,
      verified: reviews.verified,
      unresolved: sql<boolean>`(SELECT ${unresolved.unresolved} FROM reviews r${unresolved.from}
        WHERE r.marketplace_id = "reviews"."marketplace_id" AND r.seller_id = "reviews"."seller_id"
          AND r.id = "reviews"."id")`,
    })
    .from(reviews)
    .where(and(ofShop(params), reviewFilterSql(params.filter)))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(params.limit)
    .offset(params.offset);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const replies = await db
    .select({
      id: reviewComments.id,
      reviewId: reviewComments.reviewId,
      createdAt: reviewComments.createdAt,
      text: reviewComments.text,
    })
    .from(reviewComments)
    .where(and(eq(reviewComments.marketplaceId, params.marketplace), inArray(reviewComments.reviewId, ids)))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
  const byReview = groupBy(replies, ({ reviewId, ...reply }) => [reviewId, reply]);
  return rows.map((r) => ({
    ...r,
    edited: Boolean(r.edited),
    unresolved: Boolean(r.unresolved),
    replies: byReview.get(r.id) ?? [],
  }));
}

export async function findReview(
  db: Db,
  params: ShopRef & { reviewId: string },
): Promise<{ id: string; removed: boolean } | null> {
  const rows = await db
    .select({ id: reviews.id, removed: reviews.removed })
    .from(reviews)
    .where(and(ofShop(params), eq(reviews.id, params.reviewId)))
    .limit(1);
  return rows[0] ?? null;
}

/** The 0-based position of a review in the newest-first list under `filter`, or null if it is not listed. */
export async function reviewPosition(
  db: Db,
  params: ShopRef & { reviewId: string; filter: ReviewFilter },
): Promise<number | null> {
  const filter = reviewFilterSql(params.filter) ?? sql`true`;
  const rows = await queryRows<{ position: number }>(
    db,
    sql`WITH target AS (
      SELECT created_at, id FROM reviews
      WHERE marketplace_id = ${params.marketplace} AND seller_id = ${params.seller} AND id = ${params.reviewId} AND ${filter}
    )
    SELECT (SELECT count(*) FROM reviews
      WHERE marketplace_id = ${params.marketplace} AND seller_id = ${params.seller} AND ${filter}
        AND (reviews.created_at, reviews.id) > (target.created_at, target.id))::int AS position
    FROM target`,
  );
  const row = rows[0];
  return row ? Number(row.position) : null;
}

export const orderFilters = ['all', 'open', 'cancelled'] as const;
export type OrderFilter = (typeof orderFilters)[number];

function orderFilterSql(filter: OrderFilter): SQL | undefined {
  switch (filter) {
    case 'all':
      return undefined;
    case 'open':
      return and(isNull(orders.cancelledAt), isNull(orders.deliveredAt));
    case 'cancelled':
      return isNotNull(orders.cancelledAt);
  }
}

const ordersOfShop = (ref: ShopRef) => and(eq(orders.marketplaceId, ref.marketplace), eq(orders.sellerId, ref.seller));

export interface OrderLine {
  sku: string;
  model: string | null;
  qty: number;
}

export type OrderItem = Omit<typeof orders.$inferSelect, 'marketplaceId' | 'sellerId'> & { lines: OrderLine[] };

export async function countOrders(db: Db, params: ShopRef & { filter: OrderFilter }): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orders)
    .where(and(ordersOfShop(params), orderFilterSql(params.filter)));
  return Number(rows[0]?.n ?? 0);
}

/** One page of a shop's orders, newest first, with their lines. */
export async function listOrders(
  db: Db,
  params: ShopRef & { filter: OrderFilter; limit: number; offset: number },
): Promise<OrderItem[]> {
  const { marketplaceId: _marketplace, sellerId: _seller, ...columns } = getTableColumns(orders);
  const rows = await db
    .select(columns)
    .from(orders)
    .where(and(ordersOfShop(params), orderFilterSql(params.filter)))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(params.limit)
    .offset(params.offset);
  if (rows.length === 0) return [];
  const ids = rows.map((o) => o.id);
  const lines = await db
    .select({ orderId: orderItems.orderId, sku: orderItems.sku, model: orderItems.model, qty: orderItems.qty })
    .from(orderItems)
    .where(and(ofShopItems(params), inArray(orderItems.orderId, ids)))
    .orderBy(asc(orderItems.orderId), asc(orderItems.lineNo));
  const byOrder = groupBy(lines, ({ orderId, ...line }) => [orderId, line]);
  return rows.map((o) => ({ ...o, lines: byOrder.get(o.id) ?? [] }));
}

const ofShopItems = (ref: ShopRef) =>
  and(eq(orderItems.marketplaceId, ref.marketplace), eq(orderItems.sellerId, ref.seller));

function groupBy<T, V>(items: readonly T[], entry: (item: T) => [string, V]): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const [key, value] = entry(item);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
