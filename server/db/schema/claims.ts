import { sql } from 'drizzle-orm';
import {
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
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { key } from './key.ts';

// Buyers' claims (issue 33): the shop key a seller's widget is embedded with, the claims, their photos
// (metadata; the files live under the claims directory) and the seller's answers. Every row names its
// marketplace and seller, like the event tables.

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const owned = () => ({
  marketplaceId: key('marketplace_id').notNull(),
  sellerId: key('seller_id').notNull(),
});

/** A seller's public widget key and the origins its widget may be called from. */
export const shopKeys = pgTable(
  'shop_keys',
  {
    ...owned(),
    publicKey: text('public_key').notNull(),
    /** Origins such as "https://shop.example"; empty: only this server's own demo pages. */
    allowedOrigins: text('allowed_origins').array().notNull().default(sql`'{}'::text[]`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.marketplaceId, t.sellerId] }), uniqueIndex('shop_keys_public_key').on(t.publicKey)],
);

export const claims = pgTable(
  'claims',
  {
    id: key('id').primaryKey(),
    ...owned(),
    orderId: key('order_id').notNull(),
    /** 'problem' or 'instalments'. */
    type: text('type').notNull(),
    state: text('state').notNull(),
    description: text('description'),
    /** Unused since claim_photos (kept: 0000_init made it). */
    photos: jsonb('photos').notNull().default(sql`'[]'::jsonb`),
    /** The ClaimOffer shown to the buyer (shared/claims.ts), null for instalments. */
    offer: jsonb('offer'),
    /** The partial refund proposed, or the amount finally agreed. */
    amount: numeric('amount', { precision: 14, scale: 2 }),
    currency: text('currency'),
    buyerTokenHash: text('buyer_token_hash'),
    createdAt: ts('created_at').notNull().defaultNow(),
    decidedAt: ts('decided_at'),
    satisfaction: real('satisfaction'),
    problem: text('problem'),
    lineNo: smallint('line_no'),
    sku: text('sku'),
    price: numeric('price', { precision: 14, scale: 2 }),
    months: smallint('months'),
    lang: text('lang'),
  },
  (t) => [
    index('claims_seller').on(t.marketplaceId, t.sellerId, t.createdAt),
    uniqueIndex('claims_buyer_token').on(t.buyerTokenHash),
  ],
);

export const claimPhotos = pgTable(
  'claim_photos',
  {
    id: key('id').primaryKey(),
    ...owned(),
    claimId: key('claim_id').notNull(),
    /** The file's name under the claims directory: random, never derived from the buyer's file name. */
    file: text('file').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('claim_photos_claim').on(t.marketplaceId, t.sellerId, t.claimId)],
);

/** The seller's answers to a claim, in order: accept, counter (with an amount) or decline (with a reason). */
export const claimAnswers = pgTable(
  'claim_answers',
  {
    id: key('id').primaryKey(),
    ...owned(),
    claimId: key('claim_id').notNull(),
    answer: text('answer').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }),
    note: text('note'),
    byUserId: key('by_user_id'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('claim_answers_claim').on(t.marketplaceId, t.sellerId, t.claimId, t.at)],
);
