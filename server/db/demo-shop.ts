import { sql } from 'drizzle-orm';
import type { SellerRef } from '../domain/access.ts';
import type { Db } from './client.ts';
import { queryRows } from './query.ts';

export interface DemoShopFacts {
  name: string;
  publicKey: string | null;
  /** The shop's latest delivered orders, with their first item: the product shown and the orders to try. */
  orders: { id: string; model: string; price: string; currency: string }[];
}

export async function demoShopFacts(db: Db, ref: SellerRef): Promise<DemoShopFacts | null> {
  const [seller] = await queryRows<{ name: string; public_key: string | null }>(
    db,
    sql`SELECT s.name, k.public_key FROM sellers s
      LEFT JOIN shop_keys k ON k.marketplace_id = s.marketplace_id AND k.seller_id = s.id
      WHERE s.marketplace_id = ${ref.marketplace} AND s.id = ${ref.seller}`,
  );
  if (!seller) return null;
  const orders = await queryRows<{ id: string; model: string; price: string; currency: string }>(
    db,
    sql`SELECT o.id, coalesce(i.model, i.sku) AS model, i.price::text AS price, o.currency
      FROM orders o
      JOIN order_items i ON i.marketplace_id = o.marketplace_id AND i.seller_id = o.seller_id AND i.order_id = o.id
        AND i.line_no = 0
      WHERE o.marketplace_id = ${ref.marketplace} AND o.seller_id = ${ref.seller} AND o.delivered_at IS NOT NULL
        AND o.buyer_email_hash IS NOT NULL
      ORDER BY o.delivered_at DESC, o.id LIMIT 3`,
  );
  return { name: seller.name, publicKey: seller.public_key, orders };
}
