import { z } from 'zod';
import { policyOverridesSchema } from './policies/schema.ts';

/**
 * The import event format: one JSON object per line, `type` first. Defined once here and used by the
 * CLI importer, the `ingest.events` procedure and the README.
 */

const id = z.string().min(1).max(128);
const text = (max: number) => z.string().max(max);
const isoTime = z.iso.datetime({ offset: true });
const money = z.string().regex(/^-?\d{1,10}(\.\d{1,2})?$/, 'expected a decimal string such as "120.00"');
const currency = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "UAH"');
const language = z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as "uk"');

export const policyIds = ['prom', 'backmarket', 'generic'] as const;
export const contactChannels = ['chat', 'email', 'phone', 'messenger', 'sms'] as const;
export const cancelReasons = [
  'out_of_stock',
  'price_changed',
  'buyer_request',
  'payment_failed',
  'address_problem',
  'other',
] as const;

export const marketplaceEvent = z.strictObject({
  type: z.literal('marketplace'),
  id,
  name: text(200).min(1),
  policy: z.enum(policyIds),
  currency,
  language,
  /** The numbers this marketplace sets differently from its policy: given, they replace the stored ones (`{}`
   * clears them); absent or null, the stored ones stay. */
  policyOverrides: policyOverridesSchema.nullish(),
});

export const sellerEvent = z.strictObject({
  type: z.literal('seller'),
  marketplace: id,
  id,
  name: text(200).min(1),
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 code such as "UA"'),
  language,
  category: text(64).min(1),
  joinedAt: isoTime,
});

export const orderItem = z.strictObject({
  sku: id,
  model: text(200).nullable(),
  category: text(64).min(1),
  qty: z.number().int().min(1).max(10_000),
  price: money,
});

export const orderEvent = z.strictObject({
  type: z.literal('order'),
  marketplace: id,
  id,
  seller: id,
  placedAt: isoTime,
  promisedShipBy: isoTime.nullable(),
  shippedAt: isoTime.nullable(),
  deliveredAt: isoTime.nullable(),
  cancelledAt: isoTime.nullable(),
  cancelledBy: z.enum(['seller', 'buyer']).nullable(),
  cancelReason: z.enum(cancelReasons).nullable(),
  lost: z.boolean(),
  tracking: z.boolean(),
  total: money,
  currency,
  items: z.array(orderItem).min(1).max(200),
  /** How the buyer can be told apart when they open a claim (issue 33): stored only as hashes. Optional, so
   * files written before it stay valid. */
  buyer: z
    .strictObject({
      email: z
        .string()
        .max(254)
        .regex(/^[^\s@]+@[^\s@]+$/, 'expected an email address')
        .nullish(),
      phone: z
        .string()
        .max(32)
        .regex(/^\+?[\d\s().-]{5,32}$/, 'expected a phone number')
        .nullish(),
    })
    .nullish(),
});

export const reviewEvent = z.strictObject({
  type: z.literal('review'),
  marketplace: id,
  id,
  seller: id,
  order: id.nullable(),
  createdAt: isoTime,
  rating: z.number().int().min(1).max(5),
  text: text(10_000).nullable(),
  lang: language.nullable(),
  author: text(200).nullable(),
  verified: z.boolean(),
});

export const reviewCommentEvent = z.strictObject({
  type: z.literal('review_comment'),
  marketplace: id,
  id,
  review: id,
  createdAt: isoTime,
  text: text(10_000).min(1),
});

export const reviewUpdateEvent = z.strictObject({
  type: z.literal('review_update'),
  marketplace: id,
  id,
  review: id,
  createdAt: isoTime,
  rating: z.number().int().min(1).max(5).nullable(),
  text: text(10_000).nullable(),
  removed: z.boolean(),
});

export const contactEvent = z.strictObject({
  type: z.literal('contact'),
  marketplace: id,
  id,
  seller: id,
  order: id.nullable(),
  channel: z.enum(contactChannels),
  createdAt: isoTime,
  firstResponseAt: isoTime.nullable(),
  text: text(10_000).nullable(),
});

export const complaintEvent = z.strictObject({
  type: z.literal('complaint'),
  marketplace: id,
  id,
  seller: id,
  order: id.nullable(),
  createdAt: isoTime,
  text: text(10_000).nullable(),
  resolvedAt: isoTime.nullable(),
});

export const returnEvent = z.strictObject({
  type: z.literal('return'),
  marketplace: id,
  id,
  seller: id,
  order: id,
  sku: id.nullable(),
  createdAt: isoTime,
  reason: text(64).min(1),
  component: text(64).nullable(),
  refund: money.nullable(),
  resolvedAt: isoTime.nullable(),
});

export const npsEvent = z.strictObject({
  type: z.literal('nps'),
  marketplace: id,
  id,
  seller: id,
  order: id.nullable(),
  createdAt: isoTime,
  score: z.number().int().min(0).max(10),
  comment: text(10_000).nullable(),
});

export const mysteryShopEvent = z.strictObject({
  type: z.literal('mystery_shop'),
  marketplace: id,
  id,
  seller: id,
  createdAt: isoTime,
  score: z.number().min(0).max(100),
  notes: text(10_000).nullable(),
});

export const importEvent = z.discriminatedUnion('type', [
  marketplaceEvent,
  sellerEvent,
  orderEvent,
  reviewEvent,
  reviewCommentEvent,
  reviewUpdateEvent,
  contactEvent,
  complaintEvent,
  returnEvent,
  npsEvent,
  mysteryShopEvent,
]);

export type ImportEvent = z.infer<typeof importEvent>;
export type EventType = ImportEvent['type'];
export type EventOf<T extends EventType> = Extract<ImportEvent, { type: T }>;
export const eventTypes = importEvent.options.map((o) => o.shape.type.value) as EventType[];

/** The order in which a batch is applied, so that parents land before children within one batch. */
export const applyOrder: readonly EventType[] = [
  'marketplace',
  'seller',
  'order',
  'review',
  'review_update',
  'review_comment',
  'contact',
  'complaint',
  'return',
  'nps',
  'mystery_shop',
];

export const MAX_INGEST_BATCH = 5_000;
export const ingestBatch = z.object({ events: z.array(importEvent).min(1).max(MAX_INGEST_BATCH) });
