import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { SellerRef } from '../domain/access.ts';
import type { Db } from './client.ts';
import { queryRows } from './query.ts';
import { claimAnswers, claimPhotos, claims, marketplaces, orderItems, orders, shopKeys } from './schema.ts';

// Claims' SQL. Every query names the marketplace and seller it reads, so one shop's claim is never found
// through another's key.

export interface Shop extends SellerRef {
  allowedOrigins: string[];
  currency: string;
  policy: string;
  overrides: Record<string, unknown>;
}

export async function shopByKey(db: Db, publicKey: string): Promise<Shop | null> {
  const rows = await db
    .select({
      marketplace: shopKeys.marketplaceId,
      seller: shopKeys.sellerId,
      allowedOrigins: shopKeys.allowedOrigins,
      currency: marketplaces.currency,
      policy: marketplaces.policy,
      overrides: marketplaces.policyOverrides,
    })
    .from(shopKeys)
    .innerJoin(marketplaces, eq(marketplaces.id, shopKeys.marketplaceId))
    .where(eq(shopKeys.publicKey, publicKey))
    .limit(1);
  const row = rows[0];
  return row ? { ...row, overrides: (row.overrides ?? {}) as Record<string, unknown> } : null;
}

export async function shopKeyOf(db: Db, ref: SellerRef): Promise<string | null> {
  const rows = await db
    .select({ key: shopKeys.publicKey })
    .from(shopKeys)
    .where(and(eq(shopKeys.marketplaceId, ref.marketplace), eq(shopKeys.sellerId, ref.seller)))
    .limit(1);
  return rows[0]?.key ?? null;
}

export async function setShopKey(db: Db, ref: SellerRef, publicKey: string, allowedOrigins: string[]): Promise<void> {
  await db
    .insert(shopKeys)
    .values({ marketplaceId: ref.marketplace, sellerId: ref.seller, publicKey, allowedOrigins })
    .onConflictDoUpdate({ target: [shopKeys.marketplaceId, shopKeys.sellerId], set: { publicKey, allowedOrigins } });
}

/**
 * Gives every seller of a marketplace without a key one derived from its ids (the demo's sellers: the demo
 * shop pages and the README can name them). Not for real shops, whose keys are random.
 */
export async function ensureDerivedShopKeys(db: Db, marketplace: string): Promise<void> {
  await db.execute(sql`
    INSERT INTO shop_keys (marketplace_id, seller_id, public_key)
    SELECT marketplace_id, id,
      'pk_demo_' || left(encode(sha256(convert_to(marketplace_id || '/' || id, 'UTF8')), 'hex'), 24)
    FROM sellers WHERE marketplace_id = ${marketplace}
    ON CONFLICT DO NOTHING`);
}

export interface BuyerOrder {
  id: string;
  placedAt: Date;
  deliveredAt: Date | null;
  total: string;
  currency: string;
  items: { lineNo: number; sku: string; model: string | null; qty: number; price: string }[];
}

/** The shop's order with this id whose buyer gave this contact (by hash); null for a wrong pair and an unknown order alike. */
export async function orderForBuyer(
  db: Db,
  shop: SellerRef,
  orderId: string,
  contact: { kind: 'email' | 'phone'; hash: string },
): Promise<BuyerOrder | null> {
  const contactColumn = contact.kind === 'email' ? orders.buyerEmailHash : orders.buyerPhoneHash;
  const found = await db
    .select({
      id: orders.id,
      placedAt: orders.placedAt,
      deliveredAt: orders.deliveredAt,
      total: orders.total,
      currency: orders.currency,
    })
    .from(orders)
    .where(
      and(
        eq(orders.marketplaceId, shop.marketplace),
        eq(orders.sellerId, shop.seller),
        eq(orders.id, orderId),
        eq(contactColumn, contact.hash),
      ),
    )
    .limit(1);
  const order = found[0];
  if (!order) return null;
  const items = await db
    .select({
      lineNo: orderItems.lineNo,
      sku: orderItems.sku,
      model: orderItems.model,
      qty: orderItems.qty,
      price: orderItems.price,
    })
    .from(orderItems)
    .where(
      and(
        eq(orderItems.marketplaceId, shop.marketplace),
        eq(orderItems.sellerId, shop.seller),
        eq(orderItems.orderId, orderId),
      ),
    )
    .orderBy(asc(orderItems.lineNo));
  return { ...order, items };
}

export type NewClaim = typeof claims.$inferInsert;
export type ClaimRow = typeof claims.$inferSelect;

export async function insertClaim(db: Db, claim: NewClaim): Promise<void> {
  await db.insert(claims).values(claim);
}

export async function claimByTokenHash(db: Db, tokenHash: string): Promise<ClaimRow | null> {
  const rows = await db.select().from(claims).where(eq(claims.buyerTokenHash, tokenHash)).limit(1);
  return rows[0] ?? null;
}

/** A claim by id within a marketplace; the caller checks that it may see the claim's seller. */
export async function claimById(db: Db, marketplace: string, id: string): Promise<ClaimRow | null> {
  const rows = await db
    .select()
    .from(claims)
    .where(and(eq(claims.marketplaceId, marketplace), eq(claims.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function claimsOfSeller(db: Db, ref: SellerRef, limit: number): Promise<ClaimRow[]> {
  return db
    .select()
    .from(claims)
    .where(and(eq(claims.marketplaceId, ref.marketplace), eq(claims.sellerId, ref.seller)))
    .orderBy(desc(claims.createdAt), desc(claims.id))
    .limit(limit);
}

export type PhotoRow = typeof claimPhotos.$inferSelect;

export async function photosOf(
  db: Db,
  claim: Pick<ClaimRow, 'marketplaceId' | 'sellerId' | 'id'>,
): Promise<PhotoRow[]> {
  return db
    .select()
    .from(claimPhotos)
    .where(
      and(
        eq(claimPhotos.marketplaceId, claim.marketplaceId),
        eq(claimPhotos.sellerId, claim.sellerId),
        eq(claimPhotos.claimId, claim.id),
      ),
    )
    .orderBy(asc(claimPhotos.createdAt), asc(claimPhotos.id));
}

export async function photoById(db: Db, id: string): Promise<PhotoRow | null> {
  const rows = await db.select().from(claimPhotos).where(eq(claimPhotos.id, id)).limit(1);
  return rows[0] ?? null;
}

/**
 * Adds a photo unless the claim has `max` already, counted under a lock on the claim's row so that parallel
 * uploads cannot pass the limit. False when full.
 */
export async function insertPhotoBelow(db: Db, photo: typeof claimPhotos.$inferInsert, max: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    await queryRows(tx as unknown as Db, sql`SELECT 1 FROM claims WHERE id = ${photo.claimId} FOR UPDATE`);
    const [row] = await queryRows<{ n: number }>(
      tx as unknown as Db,
      sql`SELECT count(*)::int AS n FROM claim_photos
        WHERE marketplace_id = ${photo.marketplaceId} AND seller_id = ${photo.sellerId} AND claim_id = ${photo.claimId}`,
    );
    if ((row?.n ?? 0) >= max) return false;
    await tx.insert(claimPhotos).values(photo);
    return true;
  });
}

export type AnswerRow = typeof claimAnswers.$inferSelect;

export async function answersOf(
  db: Db,
  claim: Pick<ClaimRow, 'marketplaceId' | 'sellerId' | 'id'>,
): Promise<AnswerRow[]> {
  return db
    .select()
    .from(claimAnswers)
    .where(
      and(
        eq(claimAnswers.marketplaceId, claim.marketplaceId),
        eq(claimAnswers.sellerId, claim.sellerId),
        eq(claimAnswers.claimId, claim.id),
      ),
    )
    .orderBy(asc(claimAnswers.at), asc(claimAnswers.id));
}

/** Records the seller's answer and moves the claim to its new state, in one transaction. */
export async function recordAnswer(
  db: Db,
  answer: typeof claimAnswers.$inferInsert,
  next: { state: string; amount: string | null; decidedAt: Date },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(claimAnswers).values(answer);
    await tx
      .update(claims)
      .set(next)
      .where(
        and(
          eq(claims.marketplaceId, answer.marketplaceId),
          eq(claims.sellerId, answer.sellerId),
          eq(claims.id, answer.claimId),
        ),
      );
  });
}
