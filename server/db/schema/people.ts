import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { key } from './key.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: key('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  locale: text('locale').notNull().default('en'),
  /** A moderator's marketplace; null for other roles. */
  marketplaceId: key('marketplace_id'),
  createdAt: ts('created_at').notNull().defaultNow(),
  disabledAt: ts('disabled_at'),
});

/** Bearer tokens: only the SHA-256 of the random token is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: key('user_id').notNull(),
    label: text('label').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('api_tokens_user').on(t.userId)],
);

/** The shops a seller user owns or works for. */
export const sellerMembers = pgTable(
  'seller_members',
  {
    userId: key('user_id').notNull(),
    marketplaceId: key('marketplace_id').notNull(),
    sellerId: key('seller_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.marketplaceId, t.sellerId] })],
);

/** Sellers assigned to an account manager. */
export const managerAssignments = pgTable(
  'manager_assignments',
  {
    userId: key('user_id').notNull(),
    marketplaceId: key('marketplace_id').notNull(),
    sellerId: key('seller_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.marketplaceId, t.sellerId] }),
    index('manager_assignments_seller').on(t.marketplaceId, t.sellerId),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: key('id').primaryKey(),
    marketplaceId: key('marketplace_id'),
    sellerId: key('seller_id'),
    actorUserId: key('actor_user_id'),
    action: text('action').notNull(),
    subject: text('subject'),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('audit_log_seller_at').on(t.marketplaceId, t.sellerId, t.at)],
);
