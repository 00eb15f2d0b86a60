import type { PgTable } from 'drizzle-orm/pg-core';
import { applyOrder, type EventOf, type EventType, type ImportEvent } from '../../shared/events.ts';
import { getOrCreate } from '../../shared/maps.ts';
import type { PolicyOverrides } from '../../shared/policies/index.ts';
import { buyerHashes } from '../auth/buyer-contact.ts';
import type { Rows } from './bulk.ts';
import { type CopyRows, encodeCopyRows } from './copy.ts';
import * as t from './schema.ts';

/**
 * A batch of validated events made ready for the database, with no I/O: rows mapped, reviews classified,
 * every column encoded. It is plain data, so the importer prepares batches on a worker thread while the main
 * thread (which PGlite shares) only writes them.
 */
export interface PreparedBatch {
  /** Events kept per type after de-duplication by key. */
  counts: AppliedCounts;
  /** Sellers whose figures the batch may change, by marketplace. */
  affected: AffectedSellers;
  writes: PreparedWrite[];
  /** Reviews whose current state or seller may change, by marketplace: new ones, updated, commented. */
  touchedReviews: Map<string, string[]>;
  /** Marketplaces the batch has events of (their policy may change). */
  marketplaces: string[];
  /** Marketplaces whose events set their policy overrides, with the overrides (the latest event's). */
  policyOverrides: { marketplace: string; overrides: PolicyOverrides }[];
}

export type AppliedCounts = Partial<Record<EventType, number>>;
/** Sellers whose figures the batch may have changed, by marketplace: they are re-evaluated. */
export type AffectedSellers = Map<string, Set<string>>;
export type WriteTarget = EventType | 'order_item';
export interface PreparedWrite {
  target: WriteTarget;
  rows: CopyRows;
}

/** A review's labels as stored: what the ingest layer's classifier said, or nothing for a review without text. */
export interface ReviewLabels {
  lang: string | null;
  reasons: string[];
  component: string | null;
  sentiment: string | null;
  confidence: number | null;
  labelSource: 'model' | null;
}
/** Labels a review event; the ingest layer passes the classifier in, so this layer depends on none. */
export type LabelReview = (review: EventOf<'review'>) => ReviewLabels;

export function prepareBatch(events: readonly ImportEvent[], labelReview: LabelReview): PreparedBatch {
  const byType = groupLatest(events);
  const counts: AppliedCounts = {};
  const affected: AffectedSellers = new Map();
  // Overrides from every marketplace event, not only the last per marketplace: a later event without them
  // keeps those of an earlier one in the same batch, as it would in the next batch.
  const overrides = new Map<string, PolicyOverrides>();
  for (const e of events) {
    if ('seller' in e) touchSeller(affected, e.marketplace, e.seller);
    else if (e.type === 'seller') touchSeller(affected, e.marketplace, e.id);
    else if (e.type === 'marketplace' && e.policyOverrides) overrides.set(e.id, e.policyOverrides);
  }
  const writes: PreparedWrite[] = [];
  for (const type of applyOrder) {
    const group = byType.get(type);
    if (!group || group.length === 0) continue;
    counts[type] = group.length;
    const map = rowMappers[type] as (e: ImportEvent, label: LabelReview) => Record<string, unknown>;
    const rows = encodeCopyRows(
      tables[type],
      group.map((e) => map(e, labelReview)),
    );
    if (rows) writes.push({ target: type, rows });
    if (type !== 'order') continue;
    const items = encodeCopyRows(tables.order_item, orderItemRows(group as EventOf<'order'>[]));
    if (items) writes.push({ target: 'order_item', rows: items });
  }
  return {
    counts,
    affected,
    writes,
    touchedReviews: touchedReviews(byType),
    marketplaces: (byType.get('marketplace') ?? []).map((e) => (e as EventOf<'marketplace'>).id),
    policyOverrides: [...overrides].map(([marketplace, set]) => ({ marketplace, overrides: set })),
  };
}

export function touchSeller(affected: AffectedSellers, marketplace: string, seller: string): void {
  getOrCreate(affected, marketplace, () => new Set<string>()).add(seller);
}

function touchedReviews(byType: Map<EventType, ImportEvent[]>): Map<string, string[]> {
  const touched = new Map<string, Set<string>>();
  const touch = (marketplace: string, review: string) => {
    getOrCreate(touched, marketplace, () => new Set<string>()).add(review);
  };
  for (const e of (byType.get('review') ?? []) as EventOf<'review'>[]) touch(e.marketplace, e.id);
  for (const e of (byType.get('review_update') ?? []) as EventOf<'review_update'>[]) touch(e.marketplace, e.review);
  for (const e of (byType.get('review_comment') ?? []) as EventOf<'review_comment'>[]) touch(e.marketplace, e.review);
  return new Map([...touched].map(([marketplace, ids]) => [marketplace, [...ids]]));
}

function eventKey(e: ImportEvent): string {
  return e.type === 'marketplace' ? e.id : `${e.marketplace}\u0000${e.id}`;
}

/**
 * Groups by type and keeps the last event per key, since one INSERT may not touch a row twice. Each group is
 * sorted in its primary key's order (marketplace, seller, id): events arrive mixed across sellers, and B-tree
 * inserts in key order touch neighbouring pages one after another, which cut PostgreSQL's cost per order
 * from about 14 to 9 µs against a table of a million.
 */
function groupLatest(events: readonly ImportEvent[]): Map<EventType, ImportEvent[]> {
  const latest = new Map<EventType, Map<string, ImportEvent>>();
  for (const e of events) {
    getOrCreate(latest, e.type, () => new Map<string, ImportEvent>()).set(eventKey(e), e);
  }
  return new Map([...latest].map(([type, group]) => [type, inKeyOrder(group)]));
}

function inKeyOrder(group: Map<string, ImportEvent>): ImportEvent[] {
  const keyed = [...group.values()].map((e) => ({
    e,
    key: 'seller' in e ? `${e.marketplace}\u0000${e.seller}\u0000${e.id}` : eventKey(e),
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ e }) => e);
}

const rowMappers: { [K in EventType]: (e: EventOf<K>, label: LabelReview) => Record<string, unknown> } = {
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
    ...buyerHashes(e.buyer),
  }),
  review: (e, label) => ({
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
    ...label(e),
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

/** Where each kind of row goes; exported for the writer, which builds the statements. */
export const tables: Record<WriteTarget, PgTable> = {
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
  order_item: t.orderItems,
};

/**
 * Columns a re-import must not overwrite: sellers learnt for comments and updates. A review's current
 * state and labels are reset from the re-sent original; its updates and label corrections are applied
 * again afterwards, so a correction always wins over the model.
 */
export const keepOnConflict: Partial<Record<WriteTarget, readonly string[]>> = {
  review_comment: ['sellerId'],
  review_update: ['sellerId'],
  marketplace: ['policyOverrides'],
};

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
