import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { key } from './key.ts';

// Every event that names its seller is keyed by (marketplace_id, seller_id, id), so the tables distribute by
// seller_id (Citus) without redesign, and that key alone serves one seller's rows: a (seller, time) index
// beside it made a seller's re-evaluation no faster and cost a third of PostgreSQL's import time. Review
// comments and updates name only their review; they learn its seller on ingest. Relations are by external
// id, without foreign keys: a marketplace's events may arrive in any order.

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const marketplaces = pgTable('marketplaces', {
  id: key('id').primaryKey(),
  name: text('name').notNull(),
  policy: text('policy').notNull(),
  currency: text('currency').notNull(),
  language: text('language').notNull(),
  policyOverrides: jsonb('policy_overrides').notNull().default(sql`'{}'::jsonb`),
});

export const sellers = pgTable(
  'sellers',
  {
    marketplaceId: key('marketplace_id').notNull(),
    id: key('id').notNull(),
    name: text('name').notNull(),
    country: text('country').notNull(),
    language: text('language').notNull(),
    category: text('category').notNull(),
    joinedAt: ts('joined_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.marketplaceId, t.id] })],
);

export const orders = pgTable(
  'orders',
  {
    marketplaceId: key('marketplace_id').notNull(),
    id: key('id').notNull(),
    sellerId: key('seller_id').notNull(),
    placedAt: ts('placed_at').notNull(),
    promisedShipBy: ts('promised_ship_by'),
    shippedAt: ts('shipped_at'),
    deliveredAt: ts('delivered_at'),
    cancelledAt: ts('cancelled_at'),
    cancelledBy: text('cancelled_by'),
    cancelReason: text('cancel_reason'),
    lost: boolean('lost').notNull(),
    tracking: boolean('tracking').notNull(),
    total: numeric('total', { precision: 14, scale: 2 }).notNull(),
    currency: text('currency').notNull(),
    /** SHA-256 of the buyer's normalized email and phone (server/auth/buyer-contact.ts): a claim names its order
     * by one of them, and neither is kept in clear. */
    buyerEmailHash: text('buyer_email_hash'),
    buyerPhoneHash: text('buyer_phone_hash'),
  },
  (t) => [primaryKey({ columns: [t.marketplaceId, t.sellerId, t.id] })],
);

export const orderItems = pgTable(
  'order_items',
  {
    marketplaceId: key('marketplace_id').notNull(),
    orderId: key('order_id').notNull(),
    lineNo: smallint('line_no').notNull(),
    sellerId: key('seller_id').notNull(),
    sku: text('sku').notNull(),
    model: text('model'),
    category: text('category').notNull(),
    qty: integer('qty').notNull(),
    price: numeric('price', { precision: 14, scale: 2 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.marketplaceId, t.sellerId, t.orderId, t.lineNo] })],
);

export const reviews = pgTable(
  'reviews',
  {
    marketplaceId: key('marketplace_id').notNull(),
    id: key('id').notNull(),
    sellerId: key('seller_id').notNull(),
    orderId: key('order_id'),
    createdAt: ts('created_at').notNull(),
    originalRating: smallint('original_rating').notNull(),
    originalText: text('original_text'),
    /** Current state: the original with the latest review_update applied. */
    rating: smallint('rating').notNull(),
    text: text('text'),
    removed: boolean('removed').notNull().default(false),
    lang: text('lang'),
    author: text('author'),
    verified: boolean('verified').notNull(),
    /** Labels: set by the classifier on ingest; a correction wins (labelSource = 'correction'). */
    reasons: text('reasons').array(),
    component: text('component'),
    sentiment: text('sentiment'),
    confidence: real('confidence'),
    labelSource: text('label_source'),
  },
  (t) => [primaryKey({ columns: [t.marketplaceId, t.sellerId, t.id] }), index('reviews_id').on(t.marketplaceId, t.id)],
);

export const reviewComments = pgTable(
  'review_comments',
  {
    marketplaceId: key('marketplace_id').notNull(),
    id: key('id').notNull(),
    reviewId: key('review_id').notNull(),
    /** Filled from the review once it is known (comments carry no seller). */
    sellerId: key('seller_id'),
    createdAt: ts('created_at').notNull(),
    text: text('text').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.marketplaceId, t.id] }),
    index('review_comments_review').on(t.marketplaceId, t.reviewId),
  ],
);

export const reviewUpdates = pgTable(
  'review_updates',
  {
    marketplaceId: key('marketplace_id').notNull(),
    id: key('id').notNull(),
    reviewId: key('review_id').notNull(),
    sellerId: key('seller_id'),
    createdAt: ts('created_at').notNull(),
    rating: smallint('rating'),
    text: text('text'),
    removed: boolean('removed').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.marketplaceId, t.id] }),
    index('review_updates_review').on(t.marketplaceId, t.reviewId, t.createdAt),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    marketplaceId: key('marketplace_id').notNull(),
    id: key('id').notNull(),
    sellerId: key('seller_id').notNull(),
    orderId: key('order_id'),
    channel: text('channel').notNull(),
    createdAt: ts('created_at').notNull(),
    firstResponseAt: ts('first_response_at'),
    text: text('text'),
  },
  (t) => [primaryKey({ columns: [t.marketplaceId, t.sellerId, t.id] })],
);

export const complaints = pgTable(
  'complaints',
  {
    marketplaceId: key('marketplace_id').notNull(),
    id: key('id').notNull(),
    sellerId: key('seller_id').notNull(),
    orderId: key('order_id'),
    createdAt: ts('created_at').notNull(),
    text: text('text'),
    resolvedAt: ts('resolved_at'),
  },
  (t) => [primaryKey({ columns: [t.marketplaceId, t.sellerId, t.id] })],
);

export const returns = pgTable(
  'returns',
  {
    marketplaceId: key('marketplace_id').notNull(),
    id: key('id').notNull(),
    sellerId: key('seller_id').notNull(),
    orderId: key('order_id').notNull(),
    sku: text('sku'),
    createdAt: ts('created_at').notNull(),
    reason: text('reason').notNull(),
    component: text('component'),
    refund: numeric('refund', { precision: 14, scale: 2 }),
    resolvedAt: ts('resolved_at'),
  },
  (t) => [primaryKey({ columns: [t.marketplaceId, t.sellerId, t.id] })],
);

export const npsAnswers = pgTable(
  'nps_answers',
  {
    marketplaceId: key('marketplace_id').notNull(),
    id: key('id').notNull(),
    sellerId: key('seller_id').notNull(),
    orderId: key('order_id'),
    createdAt: ts('created_at').notNull(),
    score: smallint('score').notNull(),
    comment: text('comment'),
  },
  (t) => [primaryKey({ columns: [t.marketplaceId, t.sellerId, t.id] })],
);

export const mysteryShops = pgTable(
  'mystery_shops',
  {
    marketplaceId: key('marketplace_id').notNull(),
    id: key('id').notNull(),
    sellerId: key('seller_id').notNull(),
    createdAt: ts('created_at').notNull(),
    score: real('score').notNull(),
    notes: text('notes'),
  },
  (t) => [primaryKey({ columns: [t.marketplaceId, t.sellerId, t.id] })],
);
