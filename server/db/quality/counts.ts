import { type SQL, sql } from 'drizzle-orm';
import { emptyWindowCounts, type SellerCounts, type WindowCounts } from '../../domain/quality/counts.ts';
import { productDefectReasons } from '../../domain/quality/outcomes.ts';
import type { Db } from '../client.ts';
import { queryRows, queryRowsPrepared } from '../query.ts';

export interface CountsQuery {
  marketplace: string;
  asOf: Date;
  windows: readonly number[];
  /** Days a negative review may stay unresolved (policy). */
  resolutionDays: number;
  /** Restrict to these sellers (incremental re-evaluation); all sellers of the marketplace otherwise. */
  sellers?: readonly string[];
  /** Windows that need the median first-response time (each costs a sort); all windows by default. */
  medianWindows?: readonly number[];
}

const DAY = 86_400_000;
export type Row = Record<string, unknown>;
type Additive = Exclude<keyof WindowCounts, 'medianFirstResponseHours'>;

/** Snake-case result columns → the WindowCounts fields they add to. */
const columns: Record<string, Additive> = {
  orders: 'orders',
  delivered: 'delivered',
  defective: 'defective',
  dispatch_due: 'dispatchDue',
  late: 'lateDispatch',
  seller_cancelled: 'sellerCancelled',
  shipped: 'shipped',
  lost: 'lost',
  tracked: 'tracked',
  contacts: 'contacts',
  contacts_due: 'contactsDue',
  answered24: 'answeredWithin24h',
  reviews: 'reviews',
  rating_sum: 'ratingSum',
  satisfied: 'satisfiedReviews',
  negatives_due: 'negativesDue',
  resolved14: 'negativesResolvedWithin14d',
  complaints: 'complaints',
  refunds_due: 'refundsDue',
  refunds_in_time: 'refundsSettledInTime',
  nps_answers: 'npsAnswers',
  promoters: 'promoters',
  detractors: 'detractors',
  mystery: 'mysteryShops',
  mystery_sum: 'mysteryScoreSum',
};

/**
 * Set-based counts, one pass per table: each row falls into one age bucket (newer than the shortest window,
 * then each longer one), every condition is evaluated once per row, and a window is the sum of its buckets
 * (contacts, which also give medians, are counted per window and unfolded into buckets).
 * Window starts are constants; defective orders are built once; events after asOf have not happened yet.
 * The tables are read by independent queries, which PostgreSQL runs side by side.
 */
export async function sellerCounts(db: Db, q: CountsQuery): Promise<SellerCounts[]> {
  return (await sellerCountsWith(db, q)).counts;
}

/**
 * The same, plus the rows of one more statement about the same sellers: for a few sellers it travels in the
 * same round trip (incremental re-evaluation reads the defect clusters this way).
 */
export async function sellerCountsWith(
  db: Db,
  q: CountsQuery,
  also?: SQL,
): Promise<{ counts: SellerCounts[]; also: Row[] }> {
  const windows = [...q.windows].sort((a, b) => a - b);
  const iso = (ms: number) => new Date(ms).toISOString();
  const asOf = q.asOf.toISOString();
  const starts = windows.map((w) => iso(q.asOf.getTime() - w * DAY));
  const from = starts[starts.length - 1] ?? asOf;
  const resolutionCutoff = iso(q.asOf.getTime() - q.resolutionDays * DAY);
  const m = q.marketplace;
  const only = (alias: string, column = 'seller_id') =>
    q.sellers ? sql` AND ${sql.raw(`${alias}.${column}`)} = ANY(${sql.param([...q.sellers])}::text[])` : sql``;
  const bucket = (column: string) =>
    sql`CASE ${sql.join(
      starts.slice(0, -1).map((s, i) => sql`WHEN ${sql.raw(column)} >= ${s} THEN ${sql.raw(String(i))} `),
      sql``,
    )}ELSE ${sql.raw(String(starts.length - 1))} END`;
  const defectReasons = sql.param([...productDefectReasons]);
  const medianWindows = (q.medianWindows ?? windows).filter((w) => windows.includes(w));
  const resolutionDays = q.resolutionDays;

  const statements: SQL[] = [
    sql`
      WITH defects AS (
        SELECT DISTINCT seller_id, order_id FROM returns dr
        WHERE marketplace_id = ${m} AND created_at >= ${from} AND created_at < ${asOf}
          AND reason = ANY(${defectReasons}::text[])${only('dr')}
        UNION
        SELECT seller_id, order_id FROM reviews dv
        WHERE marketplace_id = ${m} AND created_at >= ${from} AND created_at < ${asOf} AND order_id IS NOT NULL
          AND original_rating <= 2 AND reasons && ${defectReasons}::text[]${only('dv')}
      ),
      flagged AS (
        SELECT o.seller_id, ${bucket('o.placed_at')} AS bucket,
          o.delivered_at < ${asOf} AS delivered,
          o.promised_ship_by < ${asOf} AND (o.cancelled_at IS NULL OR o.cancelled_at >= ${asOf} OR o.shipped_at < ${asOf}) AS due,
          o.promised_ship_by < ${asOf} AND (o.shipped_at > o.promised_ship_by
            OR ((o.shipped_at IS NULL OR o.shipped_at >= ${asOf}) AND (o.cancelled_at IS NULL OR o.cancelled_at >= ${asOf}))) AS late,
          o.cancelled_by = 'seller' AND o.cancelled_at < ${asOf} AS seller_cancelled,
          o.shipped_at < ${asOf} AS shipped, o.lost, o.tracking, d.order_id IS NOT NULL AS defect
        FROM orders o LEFT JOIN defects d ON d.seller_id = o.seller_id AND d.order_id = o.id
        WHERE o.marketplace_id = ${m} AND o.placed_at >= ${from} AND o.placed_at < ${asOf}${only('o')}
        OFFSET 0 -- evaluate each flag once per row, not once per aggregate that uses it
      )
      SELECT seller_id, bucket, count(*) AS orders,
        count(*) FILTER (WHERE delivered) AS delivered, count(*) FILTER (WHERE delivered AND defect) AS defective,
        count(*) FILTER (WHERE due) AS dispatch_due, count(*) FILTER (WHERE late) AS late,
        count(*) FILTER (WHERE seller_cancelled) AS seller_cancelled, count(*) FILTER (WHERE shipped) AS shipped,
        count(*) FILTER (WHERE shipped AND lost) AS lost, count(*) FILTER (WHERE shipped AND tracking) AS tracked
      FROM flagged GROUP BY seller_id, bucket`,
    contactsStatement(q, windows, medianWindows, only('c')),
    sql`
      WITH flagged AS (
        SELECT r.seller_id, ${bucket('r.created_at')} AS bucket, r.rating, r.removed, r.created_at,
          r.original_rating <= 2 AS negative, r.created_at < ${resolutionCutoff} AS due,
          -- Only negatives can be resolved: look up their first reply or fix by index, one review at a time.
          CASE WHEN r.original_rating <= 2 THEN least(
            (SELECT min(rc.created_at) FROM review_comments rc
              WHERE rc.marketplace_id = r.marketplace_id AND rc.review_id = r.id AND rc.created_at < ${asOf}),
            (SELECT min(ru.created_at) FROM review_updates ru
              WHERE ru.marketplace_id = r.marketplace_id AND ru.review_id = r.id AND ru.created_at < ${asOf}
                AND (ru.rating >= 3 OR ru.removed))) END AS resolved_at
        FROM reviews r
        WHERE r.marketplace_id = ${m} AND r.created_at >= ${from} AND r.created_at < ${asOf}${only('r')}
        OFFSET 0
      )
      SELECT seller_id, bucket,
        count(*) FILTER (WHERE NOT removed) AS reviews,
        coalesce(sum(rating) FILTER (WHERE NOT removed), 0) AS rating_sum,
        count(*) FILTER (WHERE NOT removed AND rating >= 4) AS satisfied,
        count(*) FILTER (WHERE due AND negative) AS negatives_due,
        count(*) FILTER (WHERE due AND negative AND resolved_at <= created_at + make_interval(days => ${resolutionDays})) AS resolved14,
        count(*) FILTER (WHERE negative AND resolved_at IS NULL) AS unresolved,
        count(*) FILTER (WHERE negative AND resolved_at IS NULL AND due) AS overdue,
        min(created_at) FILTER (WHERE negative AND resolved_at IS NULL) AS oldest_unresolved
      FROM flagged GROUP BY seller_id, bucket`,
    sql`
      SELECT k.seller_id, ${bucket('k.created_at')} AS bucket, count(*) AS complaints
      FROM complaints k WHERE k.marketplace_id = ${m} AND k.created_at >= ${from} AND k.created_at < ${asOf}${only('k')}
      GROUP BY 1, 2`,
    sql`
      SELECT t.seller_id, ${bucket('t.created_at')} AS bucket,
        count(*) FILTER (WHERE t.created_at < ${resolutionCutoff} AND t.refund IS NOT NULL) AS refunds_due,
        count(*) FILTER (WHERE t.created_at < ${resolutionCutoff} AND t.refund IS NOT NULL
          AND t.resolved_at <= t.created_at + make_interval(days => ${resolutionDays})) AS refunds_in_time
      FROM returns t WHERE t.marketplace_id = ${m} AND t.created_at >= ${from} AND t.created_at < ${asOf}${only('t')}
      GROUP BY 1, 2`,
    sql`
      SELECT n.seller_id, ${bucket('n.created_at')} AS bucket, count(*) AS nps_answers,
        count(*) FILTER (WHERE n.score >= 9) AS promoters, count(*) FILTER (WHERE n.score <= 6) AS detractors
      FROM nps_answers n WHERE n.marketplace_id = ${m} AND n.created_at >= ${from} AND n.created_at < ${asOf}${only('n')}
      GROUP BY 1, 2`,
    sql`
      SELECT x.seller_id, ${bucket('x.created_at')} AS bucket, count(*) AS mystery, coalesce(sum(x.score), 0) AS mystery_sum
      FROM mystery_shops x WHERE x.marketplace_id = ${m} AND x.created_at >= ${from} AND x.created_at < ${asOf}${only('x')}
      GROUP BY 1, 2`,
    sql`SELECT s.id AS seller_id, s.category, s.joined_at FROM sellers s
        WHERE s.marketplace_id = ${m} AND s.joined_at < ${asOf}${only('s', 'id')} ORDER BY s.id`,
  ];
  const all = also ? [...statements, also] : statements;
  const [orders, contacts, reviews, complaints, returns, nps, mystery, sellers, extra] = q.sellers
    ? await inOneStatement(db, all)
    : await Promise.all(all.map((s) => queryRows<Row>(db, s)));
  const counts = assemble(
    windows,
    {
      sellers: sellers ?? [],
      medians: contacts ?? [],
      bucketed: [orders, contacts, reviews, complaints, returns, nps, mystery],
    },
    q.asOf,
  );
  return { counts, also: extra ?? [] };
}

/**
 * Contacts in one pass grouped by seller alone, so the median first-response time comes from the same scan:
 * cumulative counts per window, unfolded into the per-bucket rows `assemble` adds up (a bucket is the
 * difference of two windows), each row carrying the seller's medians.
 */
function contactsStatement(q: CountsQuery, windows: readonly number[], medianWindows: readonly number[], only: SQL) {
  const asOf = q.asOf.toISOString();
  const startOf = (w: number) => new Date(q.asOf.getTime() - w * DAY).toISOString();
  const contactCutoff = new Date(q.asOf.getTime() - DAY).toISOString();
  const longest = windows[windows.length - 1] ?? 0;
  const inWindow = (w: number) => (w === longest ? sql`true` : sql`c.created_at >= ${startOf(w)}`);
  const perWindow = windows.map(
    (w) => sql`count(*) FILTER (WHERE ${inWindow(w)}) AS ${sql.raw(`contacts_${w}`)},
      count(*) FILTER (WHERE ${inWindow(w)} AND c.created_at < ${contactCutoff}) AS ${sql.raw(`due_${w}`)},
      count(*) FILTER (WHERE ${inWindow(w)} AND c.created_at < ${contactCutoff}
        AND c.first_response_at <= c.created_at + interval '24 hours') AS ${sql.raw(`answered_${w}`)}`,
  );
  // percentile_cont skips nulls: contacts not answered by asOf have no response time.
  const medians = medianWindows.map(
    (w) => sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN c.first_response_at < ${asOf}
      THEN extract(epoch FROM c.first_response_at - c.created_at) / 3600 END)
      FILTER (WHERE ${inWindow(w)}) AS ${sql.raw(`"median_${w}"`)}`,
  );
  const minus = (column: string, i: number) => {
    const shorter = windows[i - 1];
    return sql.raw(
      shorter === undefined ? `${column}_${windows[i]}` : `${column}_${windows[i]} - ${column}_${shorter}`,
    );
  };
  const buckets = windows.map(
    (_, i) => sql`(${sql.raw(String(i))}, ${minus('contacts', i)}, ${minus('due', i)}, ${minus('answered', i)})`,
  );
  const medianColumns = medianWindows.map((w) => sql.raw(`, p."median_${w}"`));
  return sql`
    WITH per_seller AS (
      SELECT c.seller_id, ${sql.join([...perWindow, ...medians], sql`, `)}
      FROM contacts c
      WHERE c.marketplace_id = ${q.marketplace} AND c.created_at >= ${startOf(longest)} AND c.created_at < ${asOf}${only}
      GROUP BY c.seller_id
    )
    SELECT p.seller_id, b.bucket, b.contacts, b.contacts_due, b.answered24${sql.join(medianColumns, sql``)}
    FROM per_seller p CROSS JOIN LATERAL (VALUES ${sql.join(buckets, sql`, `)})
      AS b(bucket, contacts, contacts_due, answered24)`;
}

/**
 * A few sellers (incremental re-evaluation): every table's aggregate as one JSON column of a single statement,
 * one round trip instead of nine. Whole marketplaces keep separate statements, which PostgreSQL runs side by side.
 */
async function inOneStatement(db: Db, statements: readonly SQL[]): Promise<Row[][]> {
  const columns = statements.map(
    (s, i) => sql`(SELECT coalesce(json_agg(t), '[]'::json) FROM (${s}) t) AS ${sql.raw(`q${i}`)}`,
  );
  const [row] = await queryRowsPrepared<Record<string, unknown>>(db, sql`SELECT ${sql.join(columns, sql`, `)}`);
  return statements.map((_, i) => {
    const value = row?.[`q${i}`];
    return (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as Row[];
  });
}

function assemble(
  windows: number[],
  rows: { sellers: Row[]; medians: Row[]; bucketed: (Row[] | undefined)[] },
  asOf: Date,
): SellerCounts[] {
  const result: SellerCounts[] = [];
  // Per seller, its windows' counts in the order of `windows`: filled by position, not by Map lookups.
  const slots = new Map<string, { seller: SellerCounts; windows: WindowCounts[] }>();
  for (const s of rows.sellers) {
    const counts = windows.map(() => emptyWindowCounts());
    const seller: SellerCounts = {
      seller: String(s.seller_id),
      category: String(s.category),
      joinedAt: new Date(s.joined_at as string),
      windows: new Map(windows.map((w, i) => [w, counts[i] as WindowCounts])),
      unresolvedNegatives: 0,
      overdueNegatives: 0,
      oldestUnresolvedDays: null,
    };
    result.push(seller);
    slots.set(seller.seller, { seller, windows: counts });
  }
  for (const table of rows.bucketed) {
    const first = table?.[0];
    if (!table || !first) continue;
    // Each table answers a few of the columns: find them once, not per row.
    const present = Object.entries(columns).filter(([column]) => column in first);
    const hasUnresolved = 'unresolved' in first;
    for (const row of table) {
      const slot = slots.get(String(row.seller_id));
      if (!slot) continue;
      const bucket = Number(row.bucket);
      for (const [column, field] of present) {
        const value = Number(row[column] ?? 0);
        if (value === 0) continue;
        // A bucket counts towards its own window and every longer one.
        for (let i = bucket; i < slot.windows.length; i++) (slot.windows[i] as WindowCounts)[field] += value;
      }
      if (hasUnresolved) addUnresolved(slot.seller, row, asOf);
    }
  }
  const medianColumns = windows.map((w) => `median_${w}`);
  for (const row of rows.medians) {
    const slot = slots.get(String(row.seller_id));
    if (!slot) continue;
    slot.windows.forEach((counts, i) => {
      const median = row[medianColumns[i] as string];
      counts.medianFirstResponseHours = median === null || median === undefined ? null : Number(median);
    });
  }
  return result;
}

function addUnresolved(seller: SellerCounts, row: Row, asOf: Date): void {
  seller.unresolvedNegatives += Number(row.unresolved ?? 0);
  seller.overdueNegatives += Number(row.overdue ?? 0);
  if (!row.oldest_unresolved) return;
  const days = Math.floor((asOf.getTime() - new Date(row.oldest_unresolved as string).getTime()) / DAY);
  seller.oldestUnresolvedDays = Math.max(seller.oldestUnresolvedDays ?? 0, days);
}
