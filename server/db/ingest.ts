import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { applyOrder, type EventOf, type EventType, type ImportEvent } from '../../shared/events.ts';
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
    let sellers = affected.get(marketplace);
    if (!sellers) affected.set(marketplace, (sellers = new Set()));
    sellers.add(seller);
  };
  for (const e of events) {
    if ('seller' in e) touch(e.marketplace, e.seller);
    else if (e.type === 'seller') touch(e.marketplace, e.id);
  }
  await db.transaction(async (tx) => {
    for (const type of applyOrder) {
      const group = byType.get(type);
      if (!group || group.length === 0) continue;
      await upsertGroup(tx as unknown as Db, type, group);
      counts[type] = group.length;
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
    let group = latest.get(e.type);
    if (!group) latest.set(e.type, (group = new Map()));
    group.set(eventKey(e), e);
  }
  return new Map([...latest].map(([type, group]) => [type, [...group.values()]]));
}

const date = (iso: string | null) => (iso === null ? null : new Date(iso));

type Rows = Record<string, unknown>[];
const rowMappers: { [K in EventType]: (e: EventOf<K>) => Record<string, unknown> } = {
  marketplace: (e) => ({ id: e.id, name: e.name, policy: e.policy, currency: e.currency, language: e.language }),
  seller: (e) => ({
    marketplaceId: e.marketplace, id: e.id, name: e.name, country: e.country, language: e.language,
    category: e.category, joinedAt: new Date(e.joinedAt),
  }),
  order: (e) => ({
    marketplaceId: e.marketplace, id: e.id, sellerId: e.seller, placedAt: new Date(e.placedAt),
    promisedShipBy: date(e.promisedShipBy), shippedAt: date(e.shippedAt), deliveredAt: date(e.deliveredAt),
    cancelledAt: date(e.cancelledAt), cancelledBy: e.cancelledBy, cancelReason: e.cancelReason, lost: e.lost,
    tracking: e.tracking, total: e.total, currency: e.currency,
  }),
  review: (e) => ({
    marketplaceId: e.marketplace, id: e.id, sellerId: e.seller, orderId: e.order, createdAt: new Date(e.createdAt),
    originalRating: e.rating, originalText: e.text, rating: e.rating, text: e.text, removed: false,
    lang: e.lang, author: e.author, verified: e.verified,
  }),
  review_comment: (e) => ({
    marketplaceId: e.marketplace, id: e.id, reviewId: e.review, createdAt: new Date(e.createdAt), text: e.text,
  }),
  review_update: (e) => ({
    marketplaceId: e.marketplace, id: e.id, reviewId: e.review, createdAt: new Date(e.createdAt),
    rating: e.rating, text: e.text, removed: e.removed,
  }),
  contact: (e) => ({
    marketplaceId: e.marketplace, id: e.id, sellerId: e.seller, orderId: e.order, channel: e.channel,
    createdAt: new Date(e.createdAt), firstResponseAt: date(e.firstResponseAt), text: e.text,
  }),
  complaint: (e) => ({
    marketplaceId: e.marketplace, id: e.id, sellerId: e.seller, orderId: e.order,
    createdAt: new Date(e.createdAt), text: e.text, resolvedAt: date(e.resolvedAt),
  }),
  return: (e) => ({
    marketplaceId: e.marketplace, id: e.id, sellerId: e.seller, orderId: e.order, sku: e.sku,
    createdAt: new Date(e.createdAt), reason: e.reason, component: e.component, refund: e.refund,
    resolvedAt: date(e.resolvedAt),
  }),
  nps: (e) => ({
    marketplaceId: e.marketplace, id: e.id, sellerId: e.seller, orderId: e.order,
    createdAt: new Date(e.createdAt), score: e.score, comment: e.comment,
  }),
  mystery_shop: (e) => ({
    marketplaceId: e.marketplace, id: e.id, sellerId: e.seller, createdAt: new Date(e.createdAt),
    score: e.score, notes: e.notes,
  }),
};

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

/** Columns a re-import must not overwrite: review labels and the current (updated) review state. */
const keepOnConflict: Partial<Record<EventType, readonly string[]>> = {
  review: ['rating', 'text', 'removed', 'reasons', 'component', 'sentiment', 'confidence', 'labelSource'],
  review_comment: ['sellerId'],
  review_update: ['sellerId'],
  marketplace: ['policyOverrides'],
};

// PostgreSQL allows 65,535 bind parameters per statement.
const MAX_PARAMS = 60_000;

async function upsertGroup(db: Db, type: EventType, events: ImportEvent[]): Promise<void> {
  const map = rowMappers[type] as (e: ImportEvent) => Record<string, unknown>;
  const rows: Rows = events.map(map);
  await upsertRows(db, tables[type], rows, keepOnConflict[type] ?? []);
  if (type === 'order') await replaceOrderItems(db, events as EventOf<'order'>[]);
}

async function upsertRows(db: Db, table: PgTable, rows: Rows, keep: readonly string[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const config = getTableConfig(table);
  const target = config.columns.filter((c) => c.primary);
  for (const pk of config.primaryKeys) target.push(...pk.columns);
  const columnsByProp = getTableColumns(table);
  const set: Record<string, SQL> = {};
  for (const [prop, column] of Object.entries(columnsByProp)) {
    if (target.includes(column) || keep.includes(prop) || !(prop in first)) continue;
    set[prop] = sql.raw(`excluded."${column.name}"`);
  }
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(first).length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await db.insert(table).values(chunk).onConflictDoUpdate({ target, set });
  }
}

async function replaceOrderItems(db: Db, orders: EventOf<'order'>[]): Promise<void> {
  for (const [marketplace, group] of groupByMarketplace(orders)) {
    const ids = group.map((o) => o.id);
    await db.execute(
      sql`DELETE FROM order_items WHERE marketplace_id = ${marketplace} AND order_id = ANY(${sql.param(ids)}::text[])`,
    );
  }
  const items: Rows = orders.flatMap((o) =>
    o.items.map((item, lineNo) => ({
      marketplaceId: o.marketplace, orderId: o.id, lineNo, sellerId: o.seller, sku: item.sku,
      model: item.model, category: item.category, qty: item.qty, price: item.price,
    })),
  );
  await upsertRows(db, t.orderItems, items, []);
}

function groupByMarketplace<E extends { marketplace: string }>(events: E[]): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const e of events) {
    const group = groups.get(e.marketplace);
    if (group) group.push(e);
    else groups.set(e.marketplace, [e]);
  }
  return groups;
}

/**
 * A review's current state is its original with the latest updates applied, whichever arrived first;
 * comments and updates learn their seller from the review.
 */
async function refreshTouchedReviews(
  db: Db,
  byType: Map<EventType, ImportEvent[]>,
  touchSeller: (marketplace: string, seller: string) => void,
): Promise<void> {
  const touched = new Map<string, Set<string>>();
  const touch = (marketplace: string, review: string) => {
    let ids = touched.get(marketplace);
    if (!ids) touched.set(marketplace, (ids = new Set()));
    ids.add(review);
  };
  for (const e of (byType.get('review') ?? []) as EventOf<'review'>[]) touch(e.marketplace, e.id);
  for (const e of (byType.get('review_update') ?? []) as EventOf<'review_update'>[]) touch(e.marketplace, e.review);
  for (const e of (byType.get('review_comment') ?? []) as EventOf<'review_comment'>[]) touch(e.marketplace, e.review);
  for (const [marketplace, idSet] of touched) {
    const ids = sql.param([...idSet]);
    const updated = await queryRows<{ seller_id: string }>(
      db,
      sql`
      UPDATE reviews r SET
        rating = coalesce((SELECT u.rating FROM review_updates u WHERE u.marketplace_id = r.marketplace_id
          AND u.review_id = r.id AND u.rating IS NOT NULL ORDER BY u.created_at DESC, u.id DESC LIMIT 1), r.original_rating),
        text = coalesce((SELECT u.text FROM review_updates u WHERE u.marketplace_id = r.marketplace_id
          AND u.review_id = r.id AND u.text IS NOT NULL ORDER BY u.created_at DESC, u.id DESC LIMIT 1), r.original_text),
        removed = coalesce((SELECT u.removed FROM review_updates u WHERE u.marketplace_id = r.marketplace_id
          AND u.review_id = r.id ORDER BY u.created_at DESC, u.id DESC LIMIT 1), false)
      WHERE r.marketplace_id = ${marketplace} AND r.id = ANY(${ids}::text[])
      RETURNING r.seller_id`,
    );
    for (const row of updated) touchSeller(marketplace, row.seller_id);
    for (const table of ['review_comments', 'review_updates']) {
      await db.execute(sql`
        UPDATE ${sql.identifier(table)} c SET seller_id = r.seller_id FROM reviews r
        WHERE c.seller_id IS NULL AND c.marketplace_id = ${marketplace} AND r.marketplace_id = ${marketplace}
          AND c.review_id = r.id AND r.id = ANY(${ids}::text[])`);
    }
  }
}
