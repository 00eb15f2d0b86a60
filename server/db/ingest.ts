import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { applyOrder, type EventOf, type EventType, type ImportEvent } from '../../shared/events.ts';
import { getOrCreate } from '../../shared/maps.ts';
import { classify } from '../reviews/classifier.ts';
import { type Rows, upsertStatement } from './bulk.ts';
import type { Db } from './client.ts';
import { queryRows } from './query.ts';
import * as t from './schema.ts';

/**
 * Applies a batch of validated events in one transaction. Idempotent by (marketplace, type, id): a
 * later event with the same key updates the row, and applying the same batch twice changes nothing.
 */
export async function applyEvents(db: Db, events: readonly ImportEvent[]): Promise<Applied> {
  const byType = groupLatest(events);
  const counts: AppliedCounts = {};
  const affected: AffectedSellers = new Map();
  const touch = (marketplace: string, seller: string) => {
    getOrCreate(affected, marketplace, () => new Set<string>()).add(seller);
  };
  for (const e of events) {
    if ('seller' in e) touch(e.marketplace, e.seller);
    else if (e.type === 'seller') touch(e.marketplace, e.id);
  }
  // Every statement is built (rows mapped, reviews classified, array literals made) before the transaction
  // starts, so the database never waits on JavaScript between them.
  const writes: Write[] = [];
  for (const type of applyOrder) {
    const group = byType.get(type);
    if (!group || group.length === 0) continue;
    writes.push(...groupStatements(type, group));
    counts[type] = group.length;
  }
  await db.transaction(async (tx) => {
    for (const write of writes) {
      const rows = await queryRows<Row>(tx as unknown as Db, write.statement);
      const next = write.followUp?.(rows);
      if (next) await tx.execute(next);
    }
    await refreshTouchedReviews(tx as unknown as Db, byType, touch);
  });
  return { counts, affected };
}

export type AppliedCounts = Partial<Record<EventType, number>>;
/** Sellers whose figures the batch may have changed, by marketplace: they are re-evaluated. */
export type AffectedSellers = Map<string, Set<string>>;
export interface Applied {
  counts: AppliedCounts;
  affected: AffectedSellers;
}

function eventKey(e: ImportEvent): string {
  return e.type === 'marketplace' ? e.id : `${e.marketplace}\u0000${e.id}`;
}

/** Groups by type and keeps the last event per key, since one INSERT may not touch a row twice. */
function groupLatest(events: readonly ImportEvent[]): Map<EventType, ImportEvent[]> {
  const latest = new Map<EventType, Map<string, ImportEvent>>();
  for (const e of events) {
    getOrCreate(latest, e.type, () => new Map<string, ImportEvent>()).set(eventKey(e), e);
  }
  return new Map([...latest].map(([type, group]) => [type, [...group.values()]]));
}

const rowMappers: { [K in EventType]: (e: EventOf<K>) => Record<string, unknown> } = {
  marketplace: (e) => ({ id: e.id, name: e.name, policy: e.policy, currency: e.currency, language: e.language }),
  seller: (e) => ({
    marketplaceId: e.marketplace,
    id: e.id,
    name: e.name,
    country: e.country,
    language: e.language,
    category: e.category,
    joinedAt: e.joinedAt,
  }),
  order: (e) => ({
    marketplaceId: e.marketplace,
    id: e.id,
    sellerId: e.seller,
    placedAt: e.placedAt,
    promisedShipBy: e.promisedShipBy,
    shippedAt: e.shippedAt,
    deliveredAt: e.deliveredAt,
    cancelledAt: e.cancelledAt,
    cancelledBy: e.cancelledBy,
    cancelReason: e.cancelReason,
    lost: e.lost,
    tracking: e.tracking,
    total: e.total,
    currency: e.currency,
  }),
  review: (e) => ({
    marketplaceId: e.marketplace,
    id: e.id,
    sellerId: e.seller,
    orderId: e.order,
    createdAt: e.createdAt,
    originalRating: e.rating,
    originalText: e.text,
    rating: e.rating,
    text: e.text,
    removed: false,
    ...labelsOf(e),
    author: e.author,
    verified: e.verified,
  }),
  review_comment: (e) => ({
    marketplaceId: e.marketplace,
    id: e.id,
    reviewId: e.review,
    createdAt: e.createdAt,
    text: e.text,
  }),
  review_update: (e) => ({
    marketplaceId: e.marketplace,
    id: e.id,
    reviewId: e.review,
    createdAt: e.createdAt,
    rating: e.rating,
    text: e.text,
    removed: e.removed,
  }),
  contact: (e) => ({
    marketplaceId: e.marketplace,
    id: e.id,
    sellerId: e.seller,
    orderId: e.order,
    channel: e.channel,
    createdAt: e.createdAt,
    firstResponseAt: e.firstResponseAt,
    text: e.text,
  }),
  complaint: (e) => ({
    marketplaceId: e.marketplace,
    id: e.id,
    sellerId: e.seller,
    orderId: e.order,
    createdAt: e.createdAt,
    text: e.text,
    resolvedAt: e.resolvedAt,
  }),
  return: (e) => ({
    marketplaceId: e.marketplace,
    id: e.id,
    sellerId: e.seller,
    orderId: e.order,
    sku: e.sku,
    createdAt: e.createdAt,
    reason: e.reason,
    component: e.component,
    refund: e.refund,
    resolvedAt: e.resolvedAt,
  }),
  nps: (e) => ({
    marketplaceId: e.marketplace,
    id: e.id,
    sellerId: e.seller,
    orderId: e.order,
    createdAt: e.createdAt,
    score: e.score,
    comment: e.comment,
  }),
  mystery_shop: (e) => ({
    marketplaceId: e.marketplace,
    id: e.id,
    sellerId: e.seller,
    createdAt: e.createdAt,
    score: e.score,
    notes: e.notes,
  }),
};

/** Reviews are classified on ingest: language (when the event has none), reasons, component, sentiment. */
function labelsOf(e: EventOf<'review'>) {
  if (!e.text)
    return { lang: e.lang, reasons: [], component: null, sentiment: null, confidence: null, labelSource: null };
  const c = classify({ text: e.text, lang: e.lang, rating: e.rating });
  return {
    lang: e.lang ?? c.lang,
    reasons: c.reasons,
    component: c.component,
    sentiment: c.sentiment,
    confidence: c.confidence,
    labelSource: 'model',
  };
}

const tables: Record<EventType, PgTable> = {
  marketplace: t.marketplaces,
  seller: t.sellers,
  order: t.orders,
  review: t.reviews,
  review_comment: t.reviewComments,
  review_update: t.reviewUpdates,
  contact: t.contacts,
  complaint: t.complaints,
  return: t.returns,
  nps: t.npsAnswers,
  mystery_shop: t.mysteryShops,
};

/**
 * Columns a re-import must not overwrite: sellers learnt for comments and updates. A review's current
 * state and labels are reset from the re-sent original; its updates and label corrections are applied
 * again afterwards, so a correction always wins over the model.
 */
const keepOnConflict: Partial<Record<EventType, readonly string[]>> = {
  review_comment: ['sellerId'],
  review_update: ['sellerId'],
  marketplace: ['policyOverrides'],
};

/** A statement of a batch, and what its returned rows make the next one (re-sent orders: their stale lines). */
interface Write {
  statement: SQL;
  followUp?: (rows: Row[]) => SQL | null;
}
type Row = Record<string, unknown>;

function groupStatements(type: EventType, events: ImportEvent[]): Write[] {
  const map = rowMappers[type] as (e: ImportEvent) => Record<string, unknown>;
  const rows: Rows = events.map(map);
  const upsert = upsertStatement(tables[type], rows, keepOnConflict[type] ?? []);
  if (!upsert) return [];
  if (type !== 'order') return [{ statement: upsert }];
  const orders = events as EventOf<'order'>[];
  const items = upsertStatement(t.orderItems, orderItemRows(orders), []);
  return [
    // xmax is set on a row the upsert updated: only orders sent before can have stale lines to remove.
    {
      statement: sql`WITH up AS (${upsert} RETURNING marketplace_id, seller_id, id, xmax <> 0 AS existed)
        SELECT marketplace_id, seller_id, id FROM up WHERE existed`,
      followUp: (existed) => staleOrderLines(orders, existed),
    },
    ...(items ? [{ statement: items }] : []),
  ];
}

/** Deletes the lines of re-sent orders past their new length; the upsert overwrites the others. */
function staleOrderLines(orders: EventOf<'order'>[], existed: Row[]): SQL | null {
  if (existed.length === 0) return null;
  const lineCount = new Map(orders.map((o) => [`${o.marketplace}\u0000${o.seller}\u0000${o.id}`, o.items.length]));
  const key = (r: Row) => `${r.marketplace_id}\u0000${r.seller_id}\u0000${r.id}`;
  // One primary-key probe per re-sent order: OFFSET 0 keeps the lookup from being planned as a hash join over
  // the whole table, which a re-import of a large file would otherwise pay for every batch.
  return sql`
    DELETE FROM order_items WHERE ctid = ANY(ARRAY(
      SELECT x.ctid FROM unnest(${sql.param(existed.map((r) => r.marketplace_id))}::text[],
        ${sql.param(existed.map((r) => r.seller_id))}::text[], ${sql.param(existed.map((r) => r.id))}::text[],
        ${sql.param(existed.map((r) => lineCount.get(key(r)) ?? 0))}::int[]) AS o(marketplace_id, seller_id, id, lines)
      CROSS JOIN LATERAL (SELECT oi.ctid FROM order_items oi WHERE oi.marketplace_id = o.marketplace_id
        AND oi.seller_id = o.seller_id AND oi.order_id = o.id AND oi.line_no >= o.lines OFFSET 0) x))`;
}

function orderItemRows(orders: EventOf<'order'>[]): Rows {
  return orders.flatMap((o) =>
    o.items.map((item, lineNo) => ({
      marketplaceId: o.marketplace,
      orderId: o.id,
      lineNo,
      sellerId: o.seller,
      sku: item.sku,
      model: item.model,
      category: item.category,
      qty: item.qty,
      price: item.price,
    })),
  );
}

/**
 * A review's current state is its original with the latest updates applied, whichever arrived first;
 * comments and updates learn their seller from the review. Only reviews that have updates are rewritten.
 */
async function refreshTouchedReviews(
  db: Db,
  byType: Map<EventType, ImportEvent[]>,
  touchSeller: (marketplace: string, seller: string) => void,
): Promise<void> {
  const touched = new Map<string, Set<string>>();
  const touch = (marketplace: string, review: string) => {
    getOrCreate(touched, marketplace, () => new Set<string>()).add(review);
  };
  for (const e of (byType.get('review') ?? []) as EventOf<'review'>[]) touch(e.marketplace, e.id);
  for (const e of (byType.get('review_update') ?? []) as EventOf<'review_update'>[]) touch(e.marketplace, e.review);
  for (const e of (byType.get('review_comment') ?? []) as EventOf<'review_comment'>[]) touch(e.marketplace, e.review);
  const hasUpdates = (byType.get('review_update')?.length ?? 0) > 0;
  const hasFollowUps = hasUpdates || (byType.get('review_comment')?.length ?? 0) > 0;
  for (const [marketplace, idSet] of touched) {
    const ids = sql.param([...idSet]);
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
    for (const row of updated) touchSeller(marketplace, row.seller_id);
    await db.execute(sql`
      UPDATE reviews r SET reasons = c.reasons, component = c.component, sentiment = coalesce(c.sentiment, r.sentiment),
        confidence = 1, label_source = 'correction'
      FROM (SELECT DISTINCT ON (review_id) review_id, reasons, component, sentiment FROM label_corrections
        WHERE marketplace_id = ${marketplace} AND review_id = ANY(${ids}::text[]) ORDER BY review_id, at DESC) c
      WHERE r.marketplace_id = ${marketplace} AND r.id = c.review_id`);
    if (!hasFollowUps && (byType.get('review')?.length ?? 0) === 0) continue;
    for (const table of ['review_comments', 'review_updates']) {
      const filled = await queryRows<{ seller_id: string }>(
        db,
        sql`
        UPDATE ${sql.identifier(table)} c SET seller_id = r.seller_id FROM reviews r
        WHERE c.seller_id IS NULL AND c.marketplace_id = ${marketplace} AND c.review_id = ANY(${ids}::text[])
          AND r.marketplace_id = ${marketplace} AND r.id = c.review_id
        RETURNING c.seller_id`,
      );
      for (const row of filled) touchSeller(marketplace, row.seller_id);
    }
  }
}
