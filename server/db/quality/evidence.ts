import { type SQL, sql } from 'drizzle-orm';
import type { MetricId, SellerEvaluation } from '../../../shared/quality.ts';
import { productDefectReasons } from '../../domain/quality/outcomes.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../query.ts';
import { isPastDeadline, isResolvedInTime, negativeReview } from '../unresolved.ts';

const DAY = 86_400_000;
/** Enough ids to open and check; the figures carry the totals. */
export const EVIDENCE_IDS = 20;

interface Window {
  m: string;
  from: string;
  asOf: string;
  resolutionCutoff: string;
  at: Date;
  days: number;
  sellers: readonly string[];
}
type Source = (w: Window) => SQL;

/** For each metric, the rows behind its bad outcomes: `seller_id, id, at`. */
const sources: Record<MetricId, Source> = {
  lateDispatchRate: ({ m, from, asOf }) => sql`SELECT seller_id, id, placed_at AS at FROM orders
    WHERE marketplace_id = ${m} AND placed_at >= ${from} AND placed_at < ${asOf} AND promised_ship_by < ${asOf}
      AND (shipped_at > promised_ship_by OR ((shipped_at IS NULL OR shipped_at >= ${asOf}) AND (cancelled_at IS NULL OR cancelled_at >= ${asOf})))`,
  sellerCancellationRate: ({ m, from, asOf }) => sql`SELECT seller_id, id, placed_at AS at FROM orders
    WHERE marketplace_id = ${m} AND placed_at >= ${from} AND placed_at < ${asOf} AND cancelled_by = 'seller' AND cancelled_at < ${asOf}`,
  lostRate: ({ m, from, asOf }) => sql`SELECT seller_id, id, placed_at AS at FROM orders
    WHERE marketplace_id = ${m} AND placed_at >= ${from} AND placed_at < ${asOf} AND shipped_at < ${asOf} AND lost`,
  defectRate: ({ m, from, asOf }) => sql`SELECT seller_id, order_id AS id, created_at AS at FROM returns
    WHERE marketplace_id = ${m} AND created_at >= ${from} AND created_at < ${asOf} AND reason = ANY(${sql.param([...productDefectReasons])}::text[])`,
  unansweredWithin24hRate: ({ m, from, asOf }) => sql`SELECT seller_id, id, created_at AS at FROM contacts
    WHERE marketplace_id = ${m} AND created_at >= ${from} AND created_at < ${new Date(Date.parse(asOf) - DAY).toISOString()}
      AND (first_response_at IS NULL OR first_response_at > created_at + interval '24 hours')`,
  negativesUnresolvedWithin14dRate: (w) => negativeReviews(w, 'not_resolved_in_time'),
  lateRefundRate: ({ m, from, resolutionCutoff }) => sql`SELECT seller_id, id, created_at AS at FROM returns
    WHERE marketplace_id = ${m} AND created_at >= ${from} AND created_at < ${resolutionCutoff} AND refund IS NOT NULL
      AND (resolved_at IS NULL OR resolved_at > created_at + interval '14 days')`,
  complaintRate: ({ m, from, asOf }) => sql`SELECT seller_id, id, created_at AS at FROM complaints
    WHERE marketplace_id = ${m} AND created_at >= ${from} AND created_at < ${asOf}`,
};

/**
 * Negatives by the one definition (`server/db/unresolved.ts`) written in the window: those past their deadline
 * and not resolved within it (the rate's bad outcomes), or those still unresolved past it (the overdue flag).
 */
function negativeReviews(w: Window, which: 'not_resolved_in_time' | 'overdue'): SQL {
  const n = negativeReview({ review: 'r', asOf: w.at, scope: { kind: 'one-seller' } });
  const due = sql`${n.since} IS NOT NULL AND ${isPastDeadline(n.since, w.at, w.days)}`;
  const bad =
    which === 'overdue'
      ? sql`${n.unresolved} AND ${isPastDeadline(n.since, w.at, w.days)}`
      : sql`${due} AND NOT coalesce(${isResolvedInTime(n.since, n.resolvedAt, w.days)}, false)`;
  return sql`SELECT r.seller_id, r.id, r.created_at AS at FROM reviews r${n.from}
    WHERE r.marketplace_id = ${w.m} AND r.created_at >= ${w.from} AND r.created_at < ${w.asOf}
      AND r.seller_id = ANY(${sql.param([...w.sellers])}::text[]) AND ${bad}`;
}

/**
 * Fills in the ids of the orders, contacts, reviews and returns behind each finding of the sellers that are
 * not ok (the newest first), in one statement.
 */
export async function attachEvidenceIds(
  db: Db,
  evaluations: SellerEvaluation[],
  q: { marketplace: string; asOf: Date; resolutionDays: number },
): Promise<void> {
  const asOf = q.asOf.toISOString();
  const resolutionCutoff = new Date(q.asOf.getTime() - q.resolutionDays * DAY).toISOString();
  const wanted = new Map<string, { metric: MetricId | 'unresolved'; window: number; sellers: Set<string> }>();
  for (const e of evaluations) {
    if (e.status === 'ok') continue;
    for (const item of e.evidence) {
      if (item.ids.length > 0) continue;
      const metric = item.flag === 'unresolved_negatives_overdue' ? 'unresolved' : item.metric;
      if (!metric) continue;
      const window = item.window ?? 365;
      const key = `${metric}|${window}`;
      const entry = wanted.get(key) ?? { metric, window, sellers: new Set<string>() };
      entry.sellers.add(e.seller);
      wanted.set(key, entry);
    }
  }
  const found = new Map<string, string[]>();
  // One statement for every metric and window: one round trip, whatever the number of findings.
  const parts = [...wanted].map(([key, { metric, window, sellers }]) => {
    const from = new Date(q.asOf.getTime() - window * DAY).toISOString();
    const w: Window = {
      m: q.marketplace,
      from,
      asOf,
      resolutionCutoff,
      at: q.asOf,
      days: q.resolutionDays,
      sellers: [...sellers],
    };
    const source = metric === 'unresolved' ? negativeReviews(w, 'overdue') : sources[metric](w);
    return sql`(SELECT ${key}::text AS key, seller_id, (array_agg(id ORDER BY at DESC, id))[1:${sql.raw(String(EVIDENCE_IDS))}] AS ids
        FROM (${source}) x
        WHERE seller_id = ANY(${sql.param([...sellers])}::text[])
        GROUP BY seller_id)`;
  });
  if (parts.length > 0) {
    const rows = await queryRows<{ key: string; seller_id: string; ids: string[] }>(
      db,
      sql.join(parts, sql` UNION ALL `),
    );
    for (const row of rows) found.set(`${row.key}|${row.seller_id}`, row.ids);
  }
  for (const e of evaluations) {
    for (const item of e.evidence) {
      if (item.ids.length > 0) continue;
      const metric = item.flag === 'unresolved_negatives_overdue' ? 'unresolved' : item.metric;
      item.ids = found.get(`${metric}|${item.window ?? 365}|${e.seller}`) ?? [];
    }
  }
}
