import { sql } from 'drizzle-orm';
import type { Status } from '../../../shared/quality.ts';
import type { Caller } from '../../domain/access.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../query.ts';

export interface PortfolioRow {
  marketplace: string;
  seller: string;
  name: string;
  category: string;
  asOf: string;
  status: Status;
  rule: string | null;
  flags: string[];
  technical: number | null;
  delivery: number | null;
  afterSales: number | null;
  unresolvedNegatives: number;
  /** The status a week earlier, when it differs: "what changed". */
  previousStatus: Status | null;
}

export interface PortfolioQuery {
  status?: Status[];
  category?: string;
  flag?: string;
  limit: number;
  offset: number;
}

/**
 * The caller's sellers at their latest snapshot, riskiest first: excluded, at risk, watch, trial, ok; then
 * by the weakest axis.
 */
export async function portfolio(db: Db, caller: Caller, q: PortfolioQuery): Promise<PortfolioRow[]> {
  const visible =
    caller.role === 'admin'
      ? sql`TRUE`
      : caller.role === 'moderator'
        ? sql`s.marketplace_id = ${caller.marketplaceId ?? ''}`
        : sql`EXISTS (SELECT 1 FROM ${sql.raw(caller.role === 'seller' ? 'seller_members' : 'manager_assignments')} a
            WHERE a.user_id = ${caller.id} AND a.marketplace_id = s.marketplace_id AND a.seller_id = s.id)`;
  const statusFilter = q.status?.length ? sql` AND snap.status = ANY(${sql.param(q.status)}::text[])` : sql``;
  const categoryFilter = q.category ? sql` AND s.category = ${q.category}` : sql``;
  const flagFilter = q.flag ? sql` AND ${q.flag} = ANY(snap.flags)` : sql``;
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
    SELECT s.marketplace_id, s.id, s.name, s.category, snap.as_of::text AS as_of, snap.status, snap.rule, snap.flags,
      snap.technical, snap.delivery, snap.after_sales, snap.unresolved_negatives, prev.status AS previous_status
    FROM sellers s
    CROSS JOIN LATERAL (
      SELECT * FROM score_snapshots x WHERE x.marketplace_id = s.marketplace_id AND x.seller_id = s.id
      ORDER BY x.as_of DESC LIMIT 1
    ) snap
    LEFT JOIN LATERAL (
      SELECT status FROM score_snapshots y WHERE y.marketplace_id = s.marketplace_id AND y.seller_id = s.id
        AND y.as_of <= snap.as_of - 7 ORDER BY y.as_of DESC LIMIT 1
    ) prev ON TRUE
    WHERE ${visible}${statusFilter}${categoryFilter}${flagFilter}
    ORDER BY CASE snap.status WHEN 'excluded' THEN 0 WHEN 'at_risk' THEN 1 WHEN 'watch' THEN 2 WHEN 'trial' THEN 3 ELSE 4 END,
      least(coalesce(snap.technical, 100), coalesce(snap.delivery, 100), coalesce(snap.after_sales, 100)),
      snap.unresolved_negatives DESC, s.marketplace_id, s.id
    LIMIT ${q.limit} OFFSET ${q.offset}`,
  );
  return rows.map((r) => ({
    marketplace: String(r.marketplace_id),
    seller: String(r.id),
    name: String(r.name),
    category: String(r.category),
    asOf: String(r.as_of),
    status: r.status as Status,
    rule: (r.rule as string | null) ?? null,
    flags: (r.flags as string[]) ?? [],
    technical: r.technical === null ? null : Number(r.technical),
    delivery: r.delivery === null ? null : Number(r.delivery),
    afterSales: r.after_sales === null ? null : Number(r.after_sales),
    unresolvedNegatives: Number(r.unresolved_negatives),
    previousStatus: r.previous_status && r.previous_status !== r.status ? (r.previous_status as Status) : null,
  }));
}
