import { and, eq, sql } from 'drizzle-orm';
import type { CostProfile } from '../../shared/strategy.ts';
import type { SellerRef } from '../domain/access.ts';
import type { Db } from './client.ts';
import { queryRows } from './query.ts';
import { categoryStrategies } from './schema.ts';

/** The categories a seller sold in over the last year, with units and fault returns. */
export async function soldCategories(
  db: Db,
  ref: SellerRef,
  since: Date,
): Promise<{ category: string; units: number; faults: number }[]> {
  const rows = await queryRows<{ category: string; units: number; faults: number }>(
    db,
    sql`
    SELECT i.category, sum(i.qty)::int AS units,
      count(t.id)::int AS faults
    FROM order_items i
    JOIN orders o ON o.marketplace_id = i.marketplace_id AND o.seller_id = i.seller_id AND o.id = i.order_id
    LEFT JOIN returns t ON t.marketplace_id = i.marketplace_id AND t.seller_id = i.seller_id AND t.order_id = i.order_id
      AND t.sku = i.sku AND t.reason IN ('defective_item', 'damaged_item')
    WHERE i.marketplace_id = ${ref.marketplace} AND i.seller_id = ${ref.seller} AND o.placed_at >= ${since.toISOString()}
    GROUP BY i.category ORDER BY units DESC`,
  );
  return rows;
}

export async function sellerCostProfiles(db: Db, ref: SellerRef): Promise<Map<string, CostProfile>> {
  const rows = await db
    .select({
      category: categoryStrategies.category,
      repairCost: categoryStrategies.repairCost,
      failureCost: categoryStrategies.failureCost,
    })
    .from(categoryStrategies)
    .where(and(eq(categoryStrategies.marketplaceId, ref.marketplace), eq(categoryStrategies.sellerId, ref.seller)));
  return new Map(rows.map((r) => [r.category, { repairCost: r.repairCost, failureCost: r.failureCost }]));
}

export async function saveCostProfile(db: Db, ref: SellerRef, category: string, profile: CostProfile): Promise<void> {
  const values = { marketplaceId: ref.marketplace, sellerId: ref.seller, category, ...profile };
  await db
    .insert(categoryStrategies)
    .values(values)
    .onConflictDoUpdate({
      target: [categoryStrategies.marketplaceId, categoryStrategies.sellerId, categoryStrategies.category],
      set: profile,
    });
}

/** Negative reviews of the last year by their (classified or corrected) reasons; unlabelled counted apart. */
export async function negativeReasonCounts(
  db: Db,
  ref: SellerRef,
  since: Date,
): Promise<{ byReason: Map<string, number>; unlabelled: number; negatives: number }> {
  const rows = await queryRows<{ reason: string | null; n: number }>(
    db,
    sql`
    SELECT reason, count(*)::int AS n FROM (
      SELECT CASE WHEN cardinality(coalesce(reasons, '{}')) = 0 THEN ARRAY[NULL::text] ELSE reasons END AS labels
      FROM reviews
      WHERE marketplace_id = ${ref.marketplace} AND seller_id = ${ref.seller} AND created_at >= ${since.toISOString()}
        AND original_rating <= 2
    ) r CROSS JOIN LATERAL unnest(r.labels) AS reason
    GROUP BY reason`,
  );
  const [total] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM reviews WHERE marketplace_id = ${ref.marketplace} AND seller_id = ${ref.seller}
      AND created_at >= ${since.toISOString()} AND original_rating <= 2`,
  );
  const byReason = new Map<string, number>();
  let unlabelled = 0;
  for (const row of rows) {
    if (row.reason === null) unlabelled = row.n;
    else byReason.set(row.reason, row.n);
  }
  return { byReason, unlabelled, negatives: total?.n ?? 0 };
}
