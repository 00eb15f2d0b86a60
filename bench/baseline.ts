import { sql } from 'drizzle-orm';
import type { Db } from '../server/db/client.ts';

const DAY = 86_400_000;

/**
 * The baseline our evaluation is measured against: plain hand-written set-based SQL of the core rates
 * (defect, late dispatch, seller cancellation, 24-hour answers, unresolved negatives) per seller and window,
 * their Wilson bounds, the peer p90 and percent_rank, written to a table.
 */
export async function baselineEvaluation(db: Db, marketplace: string, asOf: Date): Promise<void> {
  const a = asOf.toISOString();
  const s = (w: number) => new Date(asOf.getTime() - w * DAY).toISOString();
  const dayBefore = new Date(asOf.getTime() - DAY).toISOString();
  await db.execute(sql`DROP TABLE IF EXISTS bench_baseline`);
  await db.execute(sql`
    CREATE TABLE bench_baseline AS
    WITH defects AS (
      SELECT DISTINCT seller_id, order_id FROM returns
      WHERE marketplace_id = ${marketplace} AND created_at >= ${s(365)} AND created_at < ${a}
        AND reason IN ('defective_item', 'damaged_item', 'wrong_item', 'description_mismatch')
    ),
    o AS (
      SELECT o.seller_id,
        count(*) FILTER (WHERE o.placed_at >= ${s(30)} AND o.delivered_at < ${a}) AS d30,
        count(*) FILTER (WHERE o.placed_at >= ${s(90)} AND o.delivered_at < ${a}) AS d90,
        count(*) FILTER (WHERE o.delivered_at < ${a}) AS d365,
        count(*) FILTER (WHERE o.placed_at >= ${s(30)} AND o.delivered_at < ${a} AND x.order_id IS NOT NULL) AS f30,
        count(*) FILTER (WHERE o.placed_at >= ${s(90)} AND o.delivered_at < ${a} AND x.order_id IS NOT NULL) AS f90,
        count(*) FILTER (WHERE o.delivered_at < ${a} AND x.order_id IS NOT NULL) AS f365,
        count(*) FILTER (WHERE o.placed_at >= ${s(30)} AND o.promised_ship_by < ${a}) AS due30,
        count(*) FILTER (WHERE o.placed_at >= ${s(90)} AND o.promised_ship_by < ${a}) AS due90,
        count(*) FILTER (WHERE o.promised_ship_by < ${a}) AS due365,
        count(*) FILTER (WHERE o.placed_at >= ${s(30)} AND o.shipped_at > o.promised_ship_by) AS late30,
        count(*) FILTER (WHERE o.placed_at >= ${s(90)} AND o.shipped_at > o.promised_ship_by) AS late90,
        count(*) FILTER (WHERE o.shipped_at > o.promised_ship_by) AS late365,
        count(*) FILTER (WHERE o.placed_at >= ${s(30)}) AS n30,
        count(*) FILTER (WHERE o.placed_at >= ${s(90)}) AS n90,
        count(*) AS n365,
        count(*) FILTER (WHERE o.placed_at >= ${s(30)} AND o.cancelled_by = 'seller') AS c30,
        count(*) FILTER (WHERE o.placed_at >= ${s(90)} AND o.cancelled_by = 'seller') AS c90,
        count(*) FILTER (WHERE o.cancelled_by = 'seller') AS c365
      FROM orders o LEFT JOIN defects x ON x.seller_id = o.seller_id AND x.order_id = o.id
      WHERE o.marketplace_id = ${marketplace} AND o.placed_at >= ${s(365)} AND o.placed_at < ${a}
      GROUP BY o.seller_id
    ),
    c AS (
      SELECT seller_id,
        count(*) FILTER (WHERE created_at >= ${s(30)}) AS q30,
        count(*) FILTER (WHERE created_at >= ${s(90)}) AS q90,
        count(*) AS q365,
        count(*) FILTER (WHERE created_at >= ${s(30)} AND first_response_at <= created_at + interval '24 hours') AS ok30,
        count(*) FILTER (WHERE created_at >= ${s(90)} AND first_response_at <= created_at + interval '24 hours') AS ok90,
        count(*) FILTER (WHERE first_response_at <= created_at + interval '24 hours') AS ok365
      FROM contacts WHERE marketplace_id = ${marketplace} AND created_at >= ${s(365)} AND created_at < ${dayBefore}
      GROUP BY seller_id
    ),
    r AS (
      -- Unresolved negatives as server/domain/reviews/unresolved.ts defines them: written 1–2 or edited down to it,
      -- with no seller comment and no edit up or removal since.
      SELECT r.seller_id, count(*) AS unresolved
      FROM reviews r
      LEFT JOIN (SELECT review_id, min(created_at) AS at FROM review_updates
        WHERE marketplace_id = ${marketplace} AND created_at < ${a} AND rating <= 2 GROUP BY review_id) e ON e.review_id = r.id
      CROSS JOIN LATERAL (SELECT CASE WHEN r.original_rating <= 2 THEN r.created_at ELSE e.at END AS since) n
      WHERE r.marketplace_id = ${marketplace} AND r.created_at >= ${s(365)} AND r.created_at < ${a} AND n.since IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM review_comments rc WHERE rc.marketplace_id = r.marketplace_id AND rc.review_id = r.id
          AND rc.created_at >= n.since AND rc.created_at < ${a})
        AND NOT EXISTS (SELECT 1 FROM review_updates ru WHERE ru.marketplace_id = r.marketplace_id AND ru.review_id = r.id
          AND ru.created_at >= n.since AND ru.created_at < ${a} AND (ru.rating >= 3 OR ru.removed))
      GROUP BY r.seller_id
    ),
    per_window AS (
      SELECT o.seller_id, w.days, w.defects, w.delivered, w.late, w.due, w.cancelled, w.orders, w.unanswered, w.contacts,
        coalesce(r.unresolved, 0) AS unresolved
      FROM o LEFT JOIN c ON c.seller_id = o.seller_id LEFT JOIN r ON r.seller_id = o.seller_id
      CROSS JOIN LATERAL (VALUES
        (30, o.f30, o.d30, o.late30, o.due30, o.c30, o.n30, coalesce(c.q30 - c.ok30, 0), coalesce(c.q30, 0)),
        (90, o.f90, o.d90, o.late90, o.due90, o.c90, o.n90, coalesce(c.q90 - c.ok90, 0), coalesce(c.q90, 0)),
        (365, o.f365, o.d365, o.late365, o.due365, o.c365, o.n365, coalesce(c.q365 - c.ok365, 0), coalesce(c.q365, 0))
      ) AS w(days, defects, delivered, late, due, cancelled, orders, unanswered, contacts)
    ),
    rates AS (
      SELECT *, CASE WHEN due > 0 THEN late::float8 / due END AS late_rate,
        CASE WHEN delivered > 0 THEN defects::float8 / delivered END AS defect_rate,
        CASE WHEN orders > 0 THEN cancelled::float8 / orders END AS cancel_rate,
        CASE WHEN contacts > 0 THEN unanswered::float8 / contacts END AS unanswered_rate
      FROM per_window
    ),
    wilson AS (
      SELECT *,
        CASE WHEN due > 0 THEN (late_rate + 1.9208 / due - 1.96 * sqrt(late_rate * (1 - late_rate) / due + 0.9604 / (due * due))) / (1 + 3.8416 / due) END AS late_low,
        CASE WHEN delivered > 0 THEN (defect_rate + 1.9208 / delivered - 1.96 * sqrt(defect_rate * (1 - defect_rate) / delivered + 0.9604 / (delivered * delivered))) / (1 + 3.8416 / delivered) END AS defect_low,
        CASE WHEN orders > 0 THEN (cancel_rate + 1.9208 / orders - 1.96 * sqrt(cancel_rate * (1 - cancel_rate) / orders + 0.9604 / (orders * orders))) / (1 + 3.8416 / orders) END AS cancel_low,
        CASE WHEN contacts > 0 THEN (unanswered_rate + 1.9208 / contacts - 1.96 * sqrt(unanswered_rate * (1 - unanswered_rate) / contacts + 0.9604 / (contacts * contacts))) / (1 + 3.8416 / contacts) END AS unanswered_low
      FROM rates
    ),
    p90 AS (
      SELECT days,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY late_rate) AS late_p90,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY defect_rate) AS defect_p90,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY cancel_rate) AS cancel_p90,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY unanswered_rate) AS unanswered_p90
      FROM rates GROUP BY days
    )
    SELECT w.*, p.late_p90, p.defect_p90, p.cancel_p90, p.unanswered_p90,
      percent_rank() OVER (PARTITION BY w.days ORDER BY w.late_rate) AS late_rank,
      percent_rank() OVER (PARTITION BY w.days ORDER BY w.defect_rate) AS defect_rank,
      percent_rank() OVER (PARTITION BY w.days ORDER BY w.cancel_rate) AS cancel_rank,
      percent_rank() OVER (PARTITION BY w.days ORDER BY w.unanswered_rate) AS unanswered_rank
    FROM wilson w JOIN p90 p USING (days)`);
}
