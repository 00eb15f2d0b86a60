import { type SQL, sql } from 'drizzle-orm';
import type { SellerCounts } from '../../domain/quality/counts.ts';
import { productDefectReasons } from '../../domain/quality/outcomes.ts';
import type { Db } from '../client.ts';
import { queryRows, queryRowsPrepared, runsSideBySide } from '../query.ts';
import { isPastDeadline, isResolvedInTime, isUnresolved, lookbackFrom, negativeReview } from '../unresolved.ts';
import { asJsonRows, type Counted, CountsFolder, counted, fromJson } from './counted-rows.ts';
import { sellerFilter } from './seller-filter.ts';

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
/** A condition on a seller column that keeps one share of the sellers (or all of them). */
type Half = (column: string) => SQL;
export type Row = Record<string, unknown>;
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
  const only = (alias: string, column = 'seller_id') => sellerFilter(`${alias}.${column}`, q.sellers);
  const bucket = (column: string) =>
    sql`CASE ${sql.join(
      starts.slice(0, -1).map((s, i) => sql`WHEN ${sql.raw(column)} >= ${s} THEN ${sql.raw(String(i))} `),
      sql``,
    )}ELSE ${sql.raw(String(starts.length - 1))} END`;
  const defectReasons = sql.param([...productDefectReasons]);
  const medianWindows = (q.medianWindows ?? windows).filter((w) => windows.includes(w));
  const resolutionDays = q.resolutionDays;

  const ordersStatement = (half: Half) =>
    counted(
      [
        'bucket',
        'orders',
        'delivered',
        'defective',
        'dispatch_due',
        'late',
        'seller_cancelled',
        'shipped',
        'lost',
        'tracked',
      ],
      sql`
    WITH defects AS (
      SELECT DISTINCT seller_id, order_id FROM returns dr
      WHERE marketplace_id = ${m} AND created_at >= ${from} AND created_at < ${asOf}
        AND reason = ANY(${defectReasons}::text[])${only('dr')}${half('dr.seller_id')}
      UNION
      SELECT seller_id, order_id FROM reviews dv
      WHERE marketplace_id = ${m} AND created_at >= ${from} AND created_at < ${asOf} AND order_id IS NOT NULL
        AND original_rating <= 2 AND reasons && ${defectReasons}::text[]${only('dv')}${half('dv.seller_id')}
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
      WHERE o.marketplace_id = ${m} AND o.placed_at >= ${from} AND o.placed_at < ${asOf}${only('o')}${half('o.seller_id')}
      OFFSET 0 -- evaluate each flag once per row, not once per aggregate that uses it
    )
    SELECT seller_id, bucket, count(*) AS orders,
      count(*) FILTER (WHERE delivered) AS delivered, count(*) FILTER (WHERE delivered AND defect) AS defective,
      count(*) FILTER (WHERE due) AS dispatch_due, count(*) FILTER (WHERE late) AS late,
      count(*) FILTER (WHERE seller_cancelled) AS seller_cancelled, count(*) FILTER (WHERE shipped) AS shipped,
      count(*) FILTER (WHERE shipped AND lost) AS lost, count(*) FILTER (WHERE shipped AND tracking) AS tracked
    FROM flagged GROUP BY seller_id, bucket`,
    );

  // Orders are most of the work: on PostgreSQL two statements count the two halves of the sellers side by side,
  // split at the median seller id, each with its own sellers' defective orders (split by time, the recent half
  // held three buckets a seller to the older half's one and ran a fifth longer); PGlite runs one statement at
  // a time, so it reads them in one. Without sellers the split point is null and the second half takes all.
  const pivot = sql`(SELECT p.id FROM sellers p WHERE p.marketplace_id = ${m} ORDER BY p.id
    OFFSET (SELECT count(*) / 2 FROM sellers c WHERE c.marketplace_id = ${m}) LIMIT 1)`;
  const halves: Half[] =
    !q.sellers && runsSideBySide(db)
      ? [
          (column) => sql` AND coalesce(${sql.raw(column)} < ${pivot}, false)`,
          (column) => sql` AND coalesce(${sql.raw(column)} >= ${pivot}, true)`,
        ]
      : [() => sql``];

  const statements: Counted[] = [
    ...halves.map(ordersStatement),
    contactsStatement(q, windows, medianWindows, only('c')),
    reviewsStatement(q, windows, starts, bucket, only('r')),
    counted(
      ['bucket', 'complaints'],
      sql`
      SELECT k.seller_id, ${bucket('k.created_at')} AS bucket, count(*) AS complaints
      FROM complaints k WHERE k.marketplace_id = ${m} AND k.created_at >= ${from} AND k.created_at < ${asOf}${only('k')}
      GROUP BY 1, 2`,
    ),
    counted(
      ['bucket', 'refunds_due', 'refunds_in_time'],
      sql`
      SELECT t.seller_id, ${bucket('t.created_at')} AS bucket,
        count(*) FILTER (WHERE t.created_at < ${resolutionCutoff} AND t.refund IS NOT NULL) AS refunds_due,
        count(*) FILTER (WHERE t.created_at < ${resolutionCutoff} AND t.refund IS NOT NULL
          AND t.resolved_at <= t.created_at + make_interval(days => ${resolutionDays})) AS refunds_in_time
      FROM returns t WHERE t.marketplace_id = ${m} AND t.created_at >= ${from} AND t.created_at < ${asOf}${only('t')}
      GROUP BY 1, 2`,
    ),
    counted(
      ['bucket', 'nps_answers', 'promoters', 'detractors'],
      sql`
      SELECT n.seller_id, ${bucket('n.created_at')} AS bucket, count(*) AS nps_answers,
        count(*) FILTER (WHERE n.score >= 9) AS promoters, count(*) FILTER (WHERE n.score <= 6) AS detractors
      FROM nps_answers n WHERE n.marketplace_id = ${m} AND n.created_at >= ${from} AND n.created_at < ${asOf}${only('n')}
      GROUP BY 1, 2`,
    ),
    counted(
      ['bucket', 'mystery', 'mystery_sum'],
      sql`
      SELECT x.seller_id, ${bucket('x.created_at')} AS bucket, count(*) AS mystery, coalesce(sum(x.score), 0) AS mystery_sum
      FROM mystery_shops x WHERE x.marketplace_id = ${m} AND x.created_at >= ${from} AND x.created_at < ${asOf}${only('x')}
      GROUP BY 1, 2`,
    ),
  ];
  const sellers = counted(
    ['category', 'joined_at'],
    sql`SELECT s.id AS seller_id, s.category, s.joined_at FROM sellers s
        WHERE s.marketplace_id = ${m} AND s.joined_at < ${asOf}${only('s', 'id')}`,
    true,
  );
  const documents = [sellers, ...statements].map(asJsonRows);
  if (also) documents.push(sql`SELECT coalesce(json_agg(t), '[]'::json) AS rows FROM (${also}) t`);
  const folder = new CountsFolder(windows, q.asOf);
  const fold = (answer: unknown[], i: number) => {
    const statement = i > 0 ? statements[i - 1] : undefined;
    if (statement) folder.fold({ columns: statement.columns, rows: answer as unknown[][] });
    return answer;
  };
  // A whole marketplace's tables are folded as each arrives, while the longer statements still run.
  const answers = q.sellers
    ? (await inOneStatement(db, documents)).map(fold)
    : await Promise.all(
        documents.map((d, i) => queryRows<{ rows: unknown }>(db, d).then(([r]) => fold(fromJson(r?.rows), i))),
      );
  const counts = folder.bySellers((answers[0] ?? []) as unknown[][]);
  return { counts, also: also ? ((answers[statements.length + 1] ?? []) as Row[]) : [] };
}

/**
 * Reviews in one pass: the rating, and the negatives by the one definition (`server/db/unresolved.ts`).
 * Unresolved negatives reach back over the definition's lookback even when the policy's windows are shorter;
 * such older reviews fall in a bucket past the last window, which adds to no window.
 */
function reviewsStatement(
  q: CountsQuery,
  windows: readonly number[],
  starts: readonly string[],
  bucket: (column: string) => SQL,
  only: SQL,
): Counted {
  const asOf = q.asOf.toISOString();
  const from = starts[starts.length - 1] ?? asOf;
  const lookback = lookbackFrom(q.asOf);
  const reviewsFrom = [lookback, from].sort()[0] ?? from;
  const rowBucket =
    reviewsFrom < from
      ? sql`CASE WHEN r.created_at < ${from} THEN ${sql.raw(String(windows.length))} ELSE ${bucket('r.created_at')} END`
      : bucket('r.created_at');
  // A few sellers' reviews look their edits up by index; a whole marketplace's join them once.
  const n = negativeReview({
    review: 'r',
    asOf: q.asOf,
    scope: q.sellers ? { kind: 'one-seller' } : { kind: 'marketplace', marketplace: q.marketplace },
  });
  const days = q.resolutionDays;
  const since = sql.raw('since');
  const resolvedAt = sql.raw('resolved_at');
  const negativeDue = sql`since IS NOT NULL AND ${isPastDeadline(since, q.asOf, days)}`;
  const unresolved = isUnresolved({ since, resolvedAt, createdAt: sql.raw('created_at') }, q.asOf);
  return counted(
    [
      'bucket',
      'reviews',
      'rating_sum',
      'satisfied',
      'negatives_due',
      'resolved14',
      'unresolved',
      'overdue',
      'oldest_unresolved',
    ],
    sql`
      WITH flagged AS (
        SELECT r.seller_id, ${rowBucket} AS bucket, r.rating, r.removed, r.created_at,
          ${n.since} AS since, ${n.resolvedAt} AS resolved_at
        FROM reviews r${n.from}
        WHERE r.marketplace_id = ${q.marketplace} AND r.created_at >= ${reviewsFrom} AND r.created_at < ${asOf}${only}
        OFFSET 0 -- each review's state once per row, not once per aggregate that uses it
      )
      SELECT seller_id, bucket,
        count(*) FILTER (WHERE NOT removed) AS reviews,
        coalesce(sum(rating) FILTER (WHERE NOT removed), 0) AS rating_sum,
        count(*) FILTER (WHERE NOT removed AND rating >= 4) AS satisfied,
        count(*) FILTER (WHERE ${negativeDue}) AS negatives_due,
        count(*) FILTER (WHERE ${negativeDue} AND ${isResolvedInTime(since, resolvedAt, days)}) AS resolved14,
        count(*) FILTER (WHERE ${unresolved}) AS unresolved,
        count(*) FILTER (WHERE ${unresolved} AND ${isPastDeadline(since, q.asOf, days)}) AS overdue,
        min(since) FILTER (WHERE ${unresolved}) AS oldest_unresolved
      FROM flagged GROUP BY seller_id, bucket`,
  );
}

/**
 * Contacts in one pass grouped by seller alone, so the median first-response time comes from the same scan:
 * cumulative counts per window, unfolded into the per-bucket rows `CountsFolder` adds up (a bucket is the
 * difference of two windows), each row carrying the seller's medians.
 */
function contactsStatement(
  q: CountsQuery,
  windows: readonly number[],
  medianWindows: readonly number[],
  only: SQL,
): Counted {
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
  // percentile_cont skips nulls: contacts not answered by asOf have no response time. date_part's double, not
  // extract's numeric: the median is sorted per seller, and numeric arithmetic costs several times more.
  const medians = medianWindows.map(
    (w) => sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN c.first_response_at < ${asOf}
      THEN date_part('epoch', c.first_response_at - c.created_at) / 3600 END)
      FILTER (WHERE ${inWindow(w)}) AS ${sql.raw(`median_${w}`)}`,
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
  const medianColumns = medianWindows.map((w) => `median_${w}`);
  return counted(
    ['bucket', 'contacts', 'contacts_due', 'answered24', ...medianColumns],
    sql`
    WITH per_seller AS (
      SELECT c.seller_id, ${sql.join([...perWindow, ...medians], sql`, `)}
      FROM contacts c
      WHERE c.marketplace_id = ${q.marketplace} AND c.created_at >= ${startOf(longest)} AND c.created_at < ${asOf}${only}
      GROUP BY c.seller_id
    )
    SELECT p.seller_id, b.bucket, b.contacts, b.contacts_due, b.answered24${sql.raw(medianColumns.map((c) => `, p.${c}`).join(''))}
    FROM per_seller p CROSS JOIN LATERAL (VALUES ${sql.join(buckets, sql`, `)})
      AS b(bucket, contacts, contacts_due, answered24)`,
  );
}

/**
 * A few sellers (incremental re-evaluation): every statement's document as one column of a single statement,
 * one round trip instead of nine. Whole marketplaces keep separate statements, which PostgreSQL runs side by side.
 */
async function inOneStatement(db: Db, documents: readonly SQL[]): Promise<unknown[][]> {
  const columns = documents.map((d, i) => sql`(${d}) AS ${sql.raw(`q${i}`)}`);
  const [row] = await queryRowsPrepared<Record<string, unknown>>(db, sql`SELECT ${sql.join(columns, sql`, `)}`);
  return documents.map((_, i) => fromJson(row?.[`q${i}`]));
}
