import { type Param, type SQL, sql } from 'drizzle-orm';
import { upsertFrom } from './bulk.ts';
import type { Db } from './client.ts';
import { copiedAsNew, copyInto, withStagedRows } from './copy.ts';
import {
  type AffectedSellers,
  type AppliedCounts,
  keepOnConflict,
  type PreparedBatch,
  type PreparedWrite,
  tables,
  touchSeller,
} from './ingest-batch.ts';
import { marketplacePolicies, type StoredPolicy, setPolicyOverrides } from './quality/snapshots.ts';
import { queryRows } from './query.ts';

export type { AffectedSellers, AppliedCounts } from './ingest-batch.ts';

export interface Applied {
  counts: AppliedCounts;
  affected: AffectedSellers;
  /** Marketplaces stored before whose policy or overrides the batch changed: every seller's results may move. */
  policiesChanged: string[];
}

/**
 * Writes a prepared batch (`prepareBatch`) in one transaction. Idempotent by (marketplace, type, id): a
 * later event with the same key updates the row, and applying the same batch twice changes nothing. COPY
 * into each table, and only when a key turns out to be stored already, upserts instead, which most batches
 * of an import never need. Writers reach this through `server/ingest/ingest.ts`, which also re-scores.
 */
export async function applyPrepared(db: Db, batch: PreparedBatch): Promise<Applied> {
  const affected: AffectedSellers = new Map([...batch.affected].map(([m, sellers]) => [m, new Set(sellers)]));
  let policiesChanged: string[] = [];
  await db.transaction(async (tx) => {
    const store = tx as unknown as Db;
    const policiesBefore = batch.marketplaces.length ? await marketplacePolicies(store, batch.marketplaces) : null;
    // Most imported rows are new, and ON CONFLICT probes the key before every insert (a sixth of PostgreSQL's
    // import time); rows sorted by key make a re-sent batch fail on its first rows.
    const copies = batch.writes.map((write) => ({ table: tables[write.target], rows: write.rows }));
    if (!(await copiedAsNew(store, copies))) {
      for (const write of batch.writes) await upsert(store, write);
    }
    for (const { marketplace, overrides } of batch.policyOverrides) {
      await setPolicyOverrides(store, marketplace, overrides);
    }
    if (policiesBefore)
      policiesChanged = changedPolicies(policiesBefore, await marketplacePolicies(store, batch.marketplaces));
    await refreshTouchedReviews(store, batch.touchedReviews, affected);
  });
  return { counts: batch.counts, affected, policiesChanged };
}

type StoredPolicies = Map<string, StoredPolicy>;

/** Marketplaces stored before whose policy or overrides differ now (both read back from jsonb, in its key order). */
function changedPolicies(before: StoredPolicies, after: StoredPolicies): string[] {
  return [...before]
    .filter(([id, stored]) => JSON.stringify(stored) !== JSON.stringify(after.get(id)))
    .map(([id]) => id);
}

type Row = Record<string, unknown>;

/**
 * A table's rows by way of a temporary table of the written columns: COPY in, then INSERT … SELECT … ON
 * CONFLICT. An order's lines are written with it and only with it: a re-sent order's old lines are deleted
 * after its upsert and its lines COPYed in; the order's row lock keeps concurrent imports apart.
 */
async function upsert(tx: Db, write: PreparedWrite): Promise<void> {
  const table = tables[write.target];
  if (write.target === 'order_item') return copyInto(tx, { table }, write.rows);
  await withStagedRows(tx, table, write.rows, async (staged, stage) => {
    const statement = upsertFrom(table, write.rows.columns, stage, keepOnConflict[write.target] ?? []);
    if (write.target !== 'order') {
      await staged.execute(statement);
      return;
    }
    // xmax is set on a row the upsert updated: only orders sent before have lines to replace.
    const existed = await queryRows<Row>(
      staged,
      sql`WITH up AS (${statement} RETURNING marketplace_id, seller_id, id, xmax <> 0 AS existed)
        SELECT marketplace_id, seller_id, id FROM up WHERE existed`,
    );
    const deleted = replacedOrderLines(existed);
    if (deleted) await staged.execute(deleted);
  });
}

/** Deletes the lines of re-sent orders; the batch's order_item insert writes their new ones. */
function replacedOrderLines(existed: Row[]): SQL | null {
  if (existed.length === 0) return null;
  // One primary-key probe per re-sent order: OFFSET 0 keeps the lookup from being planned as a hash join over
  // the whole table, which a re-import of a large file would otherwise pay for every batch.
  return sql`
    DELETE FROM order_items WHERE ctid = ANY(ARRAY(
      SELECT x.ctid FROM unnest(${sql.param(existed.map((r) => r.marketplace_id))}::text[],
        ${sql.param(existed.map((r) => r.seller_id))}::text[], ${sql.param(existed.map((r) => r.id))}::text[])
        AS o(marketplace_id, seller_id, id)
      CROSS JOIN LATERAL (SELECT oi.ctid FROM order_items oi WHERE oi.marketplace_id = o.marketplace_id
        AND oi.seller_id = o.seller_id AND oi.order_id = o.id OFFSET 0) x))`;
}

/**
 * A review's current state is its original with the latest updates applied, whichever arrived first;
 * comments and updates learn their seller from the review. Only reviews that have updates are rewritten.
 */
async function refreshTouchedReviews(
  db: Db,
  touchedReviews: Map<string, string[]>,
  affected: AffectedSellers,
): Promise<void> {
  for (const [marketplace, reviewIds] of touchedReviews) {
    const ids = sql.param(reviewIds);
    // Updates may have arrived before their review, so new reviews are checked for stored updates too.
    const updated = await queryRows<{ seller_id: string }>(
      db,
      sql`
      WITH latest AS (
        SELECT u.review_id,
          (array_agg(u.rating ORDER BY u.created_at DESC, u.id DESC) FILTER (WHERE u.rating IS NOT NULL))[1] AS rating,
          (array_agg(u.text ORDER BY u.created_at DESC, u.id DESC) FILTER (WHERE u.text IS NOT NULL))[1] AS text,
          (array_agg(u.removed ORDER BY u.created_at DESC, u.id DESC))[1] AS removed
        FROM review_updates u
        WHERE u.marketplace_id = ${marketplace} AND u.review_id = ANY(${ids}::text[])
        GROUP BY u.review_id
      )
      UPDATE reviews r SET rating = coalesce(l.rating, r.original_rating), text = coalesce(l.text, r.original_text),
        removed = l.removed
      FROM latest l
      WHERE r.marketplace_id = ${marketplace} AND r.id = l.review_id
      RETURNING r.seller_id`,
    );
    for (const row of updated) touchSeller(affected, marketplace, row.seller_id);
    // Label corrections, and the sellers of comments and updates that came before their review, in one round
    // trip: the three write different rows (corrections only labels, never the seller the others read).
    const filled = await queryRows<{ seller_id: string }>(
      db,
      sql`
      WITH corrected AS (
        UPDATE reviews r SET reasons = c.reasons, component = c.component,
          sentiment = coalesce(c.sentiment, r.sentiment), confidence = 1, label_source = 'correction'
        FROM (SELECT DISTINCT ON (review_id) review_id, reasons, component, sentiment FROM label_corrections
          WHERE marketplace_id = ${marketplace} AND review_id = ANY(${ids}::text[]) ORDER BY review_id, at DESC) c
        WHERE r.marketplace_id = ${marketplace} AND r.id = c.review_id
      ),
      comments AS (${sellerFill('review_comments', marketplace, ids)}),
      updates AS (${sellerFill('review_updates', marketplace, ids)})
      SELECT seller_id FROM comments UNION ALL SELECT seller_id FROM updates`,
    );
    for (const row of filled) touchSeller(affected, marketplace, row.seller_id);
  }
}

/** Gives the comments or updates of these reviews that lack one their review's seller. */
function sellerFill(table: 'review_comments' | 'review_updates', marketplace: string, ids: Param): SQL {
  return sql`
    UPDATE ${sql.identifier(table)} c SET seller_id = r.seller_id FROM reviews r
    WHERE c.seller_id IS NULL AND c.marketplace_id = ${marketplace} AND c.review_id = ANY(${ids}::text[])
      AND r.marketplace_id = ${marketplace} AND r.id = c.review_id
    RETURNING c.seller_id`;
}
