import { type SQL, sql } from 'drizzle-orm';
import type { SellerCounts, WindowCounts } from '../../domain/quality/counts.ts';
import { productDefectReasons } from '../../domain/quality/outcomes.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../query.ts';

export interface CountsQuery {
  marketplace: string;
  asOf: Date;
  windows: readonly number[];
  /** Days a negative review may stay unresolved (policy). */
  resolutionDays: number;
  /** Restrict to these sellers (incremental re-evaluation); all sellers of the marketplace otherwise. */
  sellers?: readonly string[];
}

const DAY = 86_400_000;
const names = (w: number) => (column: string) => sql.raw(`"${column}_${w}"`);

/**
 * One set-based pass per table: every window is a FILTER over one scan, window starts are constants,
 * and defective orders are built once. Events after asOf count as not yet happened.
 */
export async function sellerCounts(db: Db, q: CountsQuery): Promise<SellerCounts[]> {
  const longest = Math.max(...q.windows);
  const asOf = q.asOf.toISOString();
  const from = new Date(q.asOf.getTime() - longest * DAY).toISOString();
  const start = (w: number) => new Date(q.asOf.getTime() - w * DAY).toISOString();
  const resolutionCutoff = new Date(q.asOf.getTime() - q.resolutionDays * DAY).toISOString();
  const contactCutoff = new Date(q.asOf.getTime() - DAY).toISOString();
  const sellerFilter = (alias: string, column = 'seller_id') =>
    q.sellers ? sql` AND ${sql.raw(`${alias}.${column}`)} = ANY(${sql.param([...q.sellers])}::text[])` : sql``;
  const m = q.marketplace;
  const perWindow = (build: (w: number, s: string, name: (c: string) => SQL) => SQL) =>
    sql.join(
      q.windows.map((w) => build(w, start(w), names(w))),
      sql`, `,
    );
  const defectReasons = sql.param([...productDefectReasons]);

  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
    WITH defects AS (
      SELECT DISTINCT marketplace_id, seller_id, order_id FROM returns
      WHERE marketplace_id = ${m} AND created_at >= ${from} AND created_at < ${asOf} AND reason = ANY(${defectReasons}::text[])
      UNION
      SELECT marketplace_id, seller_id, order_id FROM reviews
      WHERE marketplace_id = ${m} AND created_at >= ${from} AND created_at < ${asOf} AND order_id IS NOT NULL
        AND original_rating <= 2 AND reasons && ${defectReasons}::text[]
    ),
    o AS (
      SELECT o.seller_id, ${perWindow(
        (_w, s, n) => sql`
        count(*) FILTER (WHERE o.placed_at >= ${s}) AS ${n('orders')},
        count(*) FILTER (WHERE o.placed_at >= ${s} AND o.delivered_at < ${asOf}) AS ${n('delivered')},
        count(*) FILTER (WHERE o.placed_at >= ${s} AND o.delivered_at < ${asOf} AND d.order_id IS NOT NULL) AS ${n('defective')},
        count(*) FILTER (WHERE o.placed_at >= ${s} AND o.promised_ship_by < ${asOf}
          AND (o.cancelled_at IS NULL OR o.cancelled_at >= ${asOf} OR o.shipped_at < ${asOf})) AS ${n('dispatch_due')},
        count(*) FILTER (WHERE o.placed_at >= ${s} AND o.promised_ship_by < ${asOf}
          AND (o.shipped_at > o.promised_ship_by
            OR ((o.shipped_at IS NULL OR o.shipped_at >= ${asOf}) AND (o.cancelled_at IS NULL OR o.cancelled_at >= ${asOf})))) AS ${n('late')},
        count(*) FILTER (WHERE o.placed_at >= ${s} AND o.cancelled_by = 'seller' AND o.cancelled_at < ${asOf}) AS ${n('seller_cancelled')},
        count(*) FILTER (WHERE o.placed_at >= ${s} AND o.shipped_at < ${asOf}) AS ${n('shipped')},
        count(*) FILTER (WHERE o.placed_at >= ${s} AND o.shipped_at < ${asOf} AND o.lost) AS ${n('lost')},
        count(*) FILTER (WHERE o.placed_at >= ${s} AND o.shipped_at < ${asOf} AND o.tracking) AS ${n('tracked')}`,
      )}
      FROM orders o LEFT JOIN defects d
        ON d.marketplace_id = o.marketplace_id AND d.seller_id = o.seller_id AND d.order_id = o.id
      WHERE o.marketplace_id = ${m} AND o.placed_at >= ${from} AND o.placed_at < ${asOf}${sellerFilter('o')}
      GROUP BY o.seller_id
    ),
    c AS (
      SELECT c.seller_id, ${perWindow(
        (_w, s, n) => sql`
        count(*) FILTER (WHERE c.created_at >= ${s}) AS ${n('contacts')},
        count(*) FILTER (WHERE c.created_at >= ${s} AND c.created_at < ${contactCutoff}) AS ${n('contacts_due')},
        count(*) FILTER (WHERE c.created_at >= ${s} AND c.created_at < ${contactCutoff}
          AND c.first_response_at <= c.created_at + interval '24 hours') AS ${n('answered24')},
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.first_response_at - c.created_at) / 3600)
          FILTER (WHERE c.created_at >= ${s} AND c.first_response_at < ${asOf}) AS ${n('median_response_h')}`,
      )}
      FROM contacts c
      WHERE c.marketplace_id = ${m} AND c.created_at >= ${from} AND c.created_at < ${asOf}${sellerFilter('c')}
      GROUP BY c.seller_id
    ),
    first_reply AS (
      SELECT review_id, min(created_at) AS at FROM review_comments
      WHERE marketplace_id = ${m} AND created_at < ${asOf} GROUP BY review_id
    ),
    first_fix AS (
      SELECT review_id, min(created_at) AS at FROM review_updates
      WHERE marketplace_id = ${m} AND created_at < ${asOf} AND (rating >= 3 OR removed) GROUP BY review_id
    ),
    r AS (
      SELECT r.seller_id, ${perWindow(
        (_w, s, n) => sql`
        count(*) FILTER (WHERE r.created_at >= ${s} AND NOT r.removed) AS ${n('reviews')},
        coalesce(sum(r.rating) FILTER (WHERE r.created_at >= ${s} AND NOT r.removed), 0) AS ${n('rating_sum')},
        count(*) FILTER (WHERE r.created_at >= ${s} AND NOT r.removed AND r.rating >= 4) AS ${n('satisfied')},
        count(*) FILTER (WHERE r.created_at >= ${s} AND r.created_at < ${resolutionCutoff} AND r.original_rating <= 2) AS ${n('negatives_due')},
        count(*) FILTER (WHERE r.created_at >= ${s} AND r.created_at < ${resolutionCutoff} AND r.original_rating <= 2
          AND least(fr.at, ff.at) <= r.created_at + make_interval(days => ${q.resolutionDays})) AS ${n('resolved14')}`,
      )},
        count(*) FILTER (WHERE r.original_rating <= 2 AND fr.at IS NULL AND ff.at IS NULL) AS unresolved,
        count(*) FILTER (WHERE r.original_rating <= 2 AND fr.at IS NULL AND ff.at IS NULL AND r.created_at < ${resolutionCutoff}) AS overdue,
        min(r.created_at) FILTER (WHERE r.original_rating <= 2 AND fr.at IS NULL AND ff.at IS NULL) AS oldest_unresolved
      FROM reviews r
        LEFT JOIN first_reply fr ON fr.review_id = r.id
        LEFT JOIN first_fix ff ON ff.review_id = r.id
      WHERE r.marketplace_id = ${m} AND r.created_at >= ${from} AND r.created_at < ${asOf}${sellerFilter('r')}
      GROUP BY r.seller_id
    ),
    k AS (
      SELECT k.seller_id, ${perWindow((_w, s, n) => sql`count(*) FILTER (WHERE k.created_at >= ${s}) AS ${n('complaints')}`)}
      FROM complaints k
      WHERE k.marketplace_id = ${m} AND k.created_at >= ${from} AND k.created_at < ${asOf}${sellerFilter('k')}
      GROUP BY k.seller_id
    ),
    t AS (
      SELECT t.seller_id, ${perWindow(
        (_w, s, n) => sql`
        count(*) FILTER (WHERE t.created_at >= ${s} AND t.created_at < ${resolutionCutoff} AND t.refund IS NOT NULL) AS ${n('refunds_due')},
        count(*) FILTER (WHERE t.created_at >= ${s} AND t.created_at < ${resolutionCutoff} AND t.refund IS NOT NULL
          AND t.resolved_at <= t.created_at + make_interval(days => ${q.resolutionDays})) AS ${n('refunds_in_time')}`,
      )}
      FROM returns t
      WHERE t.marketplace_id = ${m} AND t.created_at >= ${from} AND t.created_at < ${asOf}${sellerFilter('t')}
      GROUP BY t.seller_id
    ),
    n AS (
      SELECT n.seller_id, ${perWindow(
        (_w, s, n) => sql`
        count(*) FILTER (WHERE n.created_at >= ${s}) AS ${n('nps_answers')},
        count(*) FILTER (WHERE n.created_at >= ${s} AND n.score >= 9) AS ${n('promoters')},
        count(*) FILTER (WHERE n.created_at >= ${s} AND n.score <= 6) AS ${n('detractors')}`,
      )}
      FROM nps_answers n
      WHERE n.marketplace_id = ${m} AND n.created_at >= ${from} AND n.created_at < ${asOf}${sellerFilter('n')}
      GROUP BY n.seller_id
    ),
    x AS (
      SELECT x.seller_id, ${perWindow(
        (_w, s, n) => sql`
        count(*) FILTER (WHERE x.created_at >= ${s}) AS ${n('mystery')},
        coalesce(sum(x.score) FILTER (WHERE x.created_at >= ${s}), 0) AS ${n('mystery_sum')}`,
      )}
      FROM mystery_shops x
      WHERE x.marketplace_id = ${m} AND x.created_at >= ${from} AND x.created_at < ${asOf}${sellerFilter('x')}
      GROUP BY x.seller_id
    )
    SELECT s.id AS seller, s.category, s.joined_at, o.*, c.*, r.*, k.*, t.*, n.*, x.*
    FROM sellers s
      LEFT JOIN o ON o.seller_id = s.id LEFT JOIN c ON c.seller_id = s.id LEFT JOIN r ON r.seller_id = s.id
      LEFT JOIN k ON k.seller_id = s.id LEFT JOIN t ON t.seller_id = s.id LEFT JOIN n ON n.seller_id = s.id
      LEFT JOIN x ON x.seller_id = s.id
    WHERE s.marketplace_id = ${m} AND s.joined_at < ${asOf}${sellerFilter('s', 'id')}
    ORDER BY s.id`,
  );
  return rows.map((row) => toSellerCounts(row, q));
}

function toSellerCounts(row: Record<string, unknown>, q: CountsQuery): SellerCounts {
  const num = (key: string) => Number(row[key] ?? 0);
  const windows = new Map<number, WindowCounts>();
  for (const w of q.windows) {
    const at = (c: string) => num(`${c}_${w}`);
    const median = row[`median_response_h_${w}`];
    windows.set(w, {
      orders: at('orders'),
      delivered: at('delivered'),
      defective: at('defective'),
      dispatchDue: at('dispatch_due'),
      lateDispatch: at('late'),
      sellerCancelled: at('seller_cancelled'),
      shipped: at('shipped'),
      lost: at('lost'),
      tracked: at('tracked'),
      contacts: at('contacts'),
      contactsDue: at('contacts_due'),
      answeredWithin24h: at('answered24'),
      medianFirstResponseHours: median === null || median === undefined ? null : Number(median),
      reviews: at('reviews'),
      ratingSum: at('rating_sum'),
      satisfiedReviews: at('satisfied'),
      negativesDue: at('negatives_due'),
      negativesResolvedWithin14d: at('resolved14'),
      complaints: at('complaints'),
      refundsDue: at('refunds_due'),
      refundsSettledInTime: at('refunds_in_time'),
      npsAnswers: at('nps_answers'),
      promoters: at('promoters'),
      detractors: at('detractors'),
      mysteryShops: at('mystery'),
      mysteryScoreSum: at('mystery_sum'),
    });
  }
  const oldest = row.oldest_unresolved ? new Date(row.oldest_unresolved as string) : null;
  return {
    seller: String(row.seller),
    category: String(row.category),
    joinedAt: new Date(row.joined_at as string),
    windows,
    unresolvedNegatives: num('unresolved'),
    overdueNegatives: num('overdue'),
    oldestUnresolvedDays: oldest ? Math.floor((q.asOf.getTime() - oldest.getTime()) / DAY) : null,
  };
}
