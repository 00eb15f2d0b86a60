import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { SellerRef } from '../domain/access.ts';
import type { Db } from './client.ts';
import { orderItems, orders, returns, reviews, sellers } from './schema.ts';

/** What a reply draft may be grounded in: the review, the shop's name, its order and what the events show. */
export interface ReviewForDraft {
  id: string;
  text: string;
  rating: number;
  lang: string | null;
  reasons: string[] | null;
  sentiment: string | null;
  author: string | null;
  sellerName: string;
  order: {
    id: string;
    deliveredAt: Date | null;
    /** The first item's model, when the marketplace sent one (a SKU is no name to show a buyer). */
    model: string | null;
    /** Resolved returns of the order, oldest first: a resolution date and the refund, if any. */
    returns: { resolvedAt: Date; refund: string | null }[];
  } | null;
}

/** One review of one seller with what surrounds it, or null when the seller has no such review. */
export async function reviewForDraft(db: Db, seller: SellerRef, reviewId: string): Promise<ReviewForDraft | null> {
  const [row] = await db
    .select({
      id: reviews.id,
      text: reviews.text,
      rating: reviews.rating,
      lang: reviews.lang,
      reasons: reviews.reasons,
      sentiment: reviews.sentiment,
      author: reviews.author,
      orderId: reviews.orderId,
      removed: reviews.removed,
      sellerName: sellers.name,
    })
    .from(reviews)
    .innerJoin(sellers, and(eq(sellers.marketplaceId, reviews.marketplaceId), eq(sellers.id, reviews.sellerId)))
    .where(
      and(eq(reviews.marketplaceId, seller.marketplace), eq(reviews.sellerId, seller.seller), eq(reviews.id, reviewId)),
    )
    .limit(1);
  if (!row || row.removed) return null;
  const base = { ...row, text: row.text ?? '', order: null };
  if (!row.orderId) return base;

  const scope = (table: typeof orderItems | typeof returns) =>
    and(
      eq(table.marketplaceId, seller.marketplace),
      eq(table.sellerId, seller.seller),
      eq(table.orderId, row.orderId ?? ''),
    );
  const [order] = await db
    .select({ id: orders.id, deliveredAt: orders.deliveredAt })
    .from(orders)
    .where(
      and(eq(orders.marketplaceId, seller.marketplace), eq(orders.sellerId, seller.seller), eq(orders.id, row.orderId)),
    )
    .limit(1);
  if (!order) return base;
  const [item] = await db
    .select({ model: orderItems.model })
    .from(orderItems)
    .where(scope(orderItems))
    .orderBy(asc(orderItems.lineNo))
    .limit(1);
  const resolved = await db
    .select({ resolvedAt: returns.resolvedAt, refund: returns.refund })
    .from(returns)
    .where(and(scope(returns), isNotNull(returns.resolvedAt)))
    .orderBy(asc(returns.resolvedAt));
  return {
    ...base,
    order: {
      id: order.id,
      deliveredAt: order.deliveredAt,
      model: item?.model ?? null,
      returns: resolved.flatMap((r) => (r.resolvedAt ? [{ resolvedAt: r.resolvedAt, refund: r.refund }] : [])),
    },
  };
}
