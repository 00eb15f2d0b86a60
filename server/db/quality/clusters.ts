import { type SQL, sql } from 'drizzle-orm';
import { MIN_CLUSTER_DEFECTS, type ModelComponentCounts } from '../../domain/quality/clusters.ts';
import { productDefectReasons } from '../../domain/quality/outcomes.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../query.ts';
import { sellerFilter } from './seller-filter.ts';

const DAY = 86_400_000;

/** Defective returns by model × component: the last `recentDays` against the rest of the year. */
export interface ClustersQuery {
  marketplace: string;
  asOf: Date;
  recentDays: number;
  yearDays: number;
  sellers?: readonly string[];
}

export async function modelComponentCounts(db: Db, q: ClustersQuery): Promise<ModelComponentCounts[]> {
  return toModelComponentCounts(await queryRows<Record<string, unknown>>(db, modelComponentCountsSql(q)));
}

export function modelComponentCountsSql(q: ClustersQuery): SQL {
  const asOf = q.asOf.toISOString();
  const recent = new Date(q.asOf.getTime() - q.recentDays * DAY).toISOString();
  const year = new Date(q.asOf.getTime() - q.yearDays * DAY).toISOString();
  const only = (alias: string) => sellerFilter(`${alias}.seller_id`, q.sellers);
  const defective = sql`t.marketplace_id = ${m(q)} AND t.created_at >= ${year} AND t.created_at < ${asOf}
    AND t.reason = ANY(${sql.param([...productDefectReasons])}::text[]) AND t.component IS NOT NULL${only('t')}`;
  return sql`
    -- A cluster is one model's share of a component's defects, so only components with enough recent defects
    -- across all the seller's models can hold one: only their returns need their model looked up.
    WITH candidates AS (
      SELECT t.seller_id, t.component FROM returns t WHERE ${defective}
      GROUP BY 1, 2 HAVING count(*) FILTER (WHERE t.created_at >= ${recent}) >= ${MIN_CLUSTER_DEFECTS}
    ),
    defects AS (
      SELECT t.seller_id, i.model, t.component, t.id, t.created_at >= ${recent} AS recent
      FROM returns t JOIN candidates k ON k.seller_id = t.seller_id AND k.component = t.component
      -- One defect per return, looked up by the order's key: a hash join would read every order line.
      CROSS JOIN LATERAL (
        SELECT i.model FROM order_items i
        WHERE i.marketplace_id = t.marketplace_id AND i.seller_id = t.seller_id AND i.order_id = t.order_id
          AND i.sku = t.sku AND i.model IS NOT NULL
        LIMIT 1
      ) i
      WHERE ${defective}
    ),
    grouped AS (
      SELECT seller_id, model, component,
        count(*) FILTER (WHERE recent)::int AS recent_defects,
        count(*) FILTER (WHERE NOT recent)::int AS baseline_defects,
        (array_agg(id ORDER BY id) FILTER (WHERE recent)) AS return_ids
      FROM defects GROUP BY seller_id, model, component
      HAVING count(*) FILTER (WHERE recent) >= ${MIN_CLUSTER_DEFECTS}
    ),
    -- Units sold per clustered model, looked up per (seller, model): there are few, and a join planned from
    -- a misestimated count of them read every order and order line instead.
    units AS (
      SELECT k.seller_id, k.model, u.recent_units, u.baseline_units
      FROM (SELECT DISTINCT seller_id, model FROM grouped) k
      CROSS JOIN LATERAL (
        SELECT coalesce(sum(i.qty) FILTER (WHERE o.placed_at >= ${recent}), 0)::int AS recent_units,
          coalesce(sum(i.qty) FILTER (WHERE o.placed_at < ${recent}), 0)::int AS baseline_units
        FROM order_items i
        JOIN orders o ON o.marketplace_id = i.marketplace_id AND o.seller_id = i.seller_id AND o.id = i.order_id
        WHERE i.marketplace_id = ${m(q)} AND i.seller_id = k.seller_id AND i.model = k.model
          AND o.placed_at >= ${year} AND o.placed_at < ${asOf} AND o.delivered_at < ${asOf}
      ) u
    )
    SELECT g.seller_id, g.model, g.component, g.recent_defects, g.baseline_defects, g.return_ids,
      coalesce(u.recent_units, 0) AS recent_units, coalesce(u.baseline_units, 0) AS baseline_units
    FROM grouped g LEFT JOIN units u ON u.seller_id = g.seller_id AND u.model = g.model
    ORDER BY g.seller_id, g.model, g.component`;
}

export function toModelComponentCounts(rows: readonly Record<string, unknown>[]): ModelComponentCounts[] {
  return rows.map((r) => ({
    seller: String(r.seller_id),
    model: String(r.model),
    component: String(r.component),
    recentDefects: Number(r.recent_defects),
    baselineDefects: Number(r.baseline_defects),
    recentUnits: Number(r.recent_units),
    baselineUnits: Number(r.baseline_units),
    returnIds: (r.return_ids as string[] | null) ?? [],
  }));
}

const m = (q: { marketplace: string }) => q.marketplace;
