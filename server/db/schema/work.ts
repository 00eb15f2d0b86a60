import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { key } from './key.ts';

// What SellerLens itself produces: scores, enforcement cases, plans, drafts, coaching (claims: ./claims.ts).
// Keyed with marketplace_id and seller_id like the event tables.

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const owned = () => ({
  marketplaceId: key('marketplace_id').notNull(),
  sellerId: key('seller_id').notNull(),
});

export const scoreSnapshots = pgTable(
  'score_snapshots',
  {
    ...owned(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    windowDays: smallint('window_days').notNull(),
    status: text('status').notNull(),
    rule: text('rule'),
    flags: text('flags').array().notNull().default(sql`'{}'::text[]`),
    /** Axis scores as columns, so portfolios sort and filter and history charts read without JSON. */
    technical: smallint('technical'),
    delivery: smallint('delivery'),
    afterSales: smallint('after_sales'),
    unresolvedNegatives: integer('unresolved_negatives').notNull().default(0),
    /** The whole SellerEvaluation (shared/quality.ts), from re-evaluating a few sellers. */
    evaluation: json('evaluation'),
    /**
     * From a full run: the counts it judged (SellerFacts, server/domain/quality/facts.ts); the evaluation is
     * derived again from them and the run's peers, prior and policy.
     */
    facts: json('facts'),
    computedAt: ts('computed_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.marketplaceId, t.sellerId, t.asOf, t.windowDays] }),
    index('score_snapshots_day').on(t.marketplaceId, t.asOf, t.status),
    check('score_snapshots_judged', sql`${t.evaluation} IS NOT NULL OR ${t.facts} IS NOT NULL`),
  ],
);

/** One full evaluation of a marketplace: when, how long, and the peer distributions it ranked against. */
export const evaluationRuns = pgTable(
  'evaluation_runs',
  {
    marketplaceId: key('marketplace_id').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    startedAt: ts('started_at').notNull(),
    finishedAt: ts('finished_at').notNull(),
    sellers: integer('sellers').notNull(),
    priorRating: real('prior_rating').notNull(),
    peers: json('peers').notNull(),
    /** The resolved policy the run judged by (null for runs before it was kept, whose snapshots hold whole evaluations). */
    policy: json('policy'),
  },
  (t) => [primaryKey({ columns: [t.marketplaceId, t.asOf] })],
);

export const enforcementCases = pgTable(
  'enforcement_cases',
  {
    id: key('id').primaryKey(),
    ...owned(),
    state: text('state').notNull(),
    rule: text('rule'),
    openedAt: ts('opened_at').notNull(),
    excludedAt: ts('excluded_at'),
    reReviewDueAt: ts('re_review_due_at'),
    letterReceivedAt: ts('letter_received_at'),
    letterAnswerDueAt: ts('letter_answer_due_at'),
    closedAt: ts('closed_at'),
    decision: text('decision'),
    decisionReason: text('decision_reason'),
    decidedBy: text('decided_by'),
    checklist: jsonb('checklist'),
  },
  (t) => [index('enforcement_cases_seller').on(t.marketplaceId, t.sellerId, t.openedAt)],
);

export const plans = pgTable(
  'plans',
  {
    id: key('id').primaryKey(),
    ...owned(),
    caseId: key('case_id'),
    state: text('state').notNull(),
    currentVersion: integer('current_version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('plans_seller').on(t.marketplaceId, t.sellerId)],
);

export const planVersions = pgTable(
  'plan_versions',
  {
    planId: key('plan_id').notNull(),
    version: integer('version').notNull(),
    ...owned(),
    createdBy: text('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    submittedAt: ts('submitted_at'),
    reviewNote: text('review_note'),
  },
  (t) => [primaryKey({ columns: [t.planId, t.version] })],
);

export const planItems = pgTable(
  'plan_items',
  {
    planId: key('plan_id').notNull(),
    version: integer('version').notNull(),
    position: smallint('position').notNull(),
    ...owned(),
    reason: text('reason').notNull(),
    problem: jsonb('problem').notNull(),
    rootCause: text('root_cause'),
    solution: text('solution'),
    preventiveAction: text('preventive_action'),
    owner: text('owner'),
    dueAt: date('due_at', { mode: 'string' }),
    successMetric: text('success_metric'),
    strategy: text('strategy'),
    textLang: text('text_lang'),
  },
  (t) => [primaryKey({ columns: [t.planId, t.version, t.position] })],
);

export const drafts = pgTable(
  'drafts',
  {
    id: key('id').primaryKey(),
    ...owned(),
    reviewId: key('review_id'),
    kind: text('kind').notNull(),
    lang: text('lang').notNull(),
    body: text('body').notNull(),
    createdBy: text('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('drafts_review').on(t.marketplaceId, t.sellerId, t.reviewId)],
);

export const labelCorrections = pgTable(
  'label_corrections',
  {
    id: key('id').primaryKey(),
    ...owned(),
    reviewId: key('review_id').notNull(),
    reasons: text('reasons').array().notNull(),
    component: text('component'),
    sentiment: text('sentiment'),
    correctedBy: text('corrected_by').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('label_corrections_review').on(t.marketplaceId, t.reviewId)],
);

export const coachingNotes = pgTable(
  'coaching_notes',
  {
    id: key('id').primaryKey(),
    ...owned(),
    authorId: key('author_id').notNull(),
    kind: text('kind').notNull(),
    channel: text('channel'),
    body: text('body').notNull(),
    lang: text('lang'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('coaching_notes_seller').on(t.marketplaceId, t.sellerId, t.at)],
);

export const categoryStrategies = pgTable(
  'category_strategies',
  {
    ...owned(),
    category: text('category').notNull(),
    repairCost: real('repair_cost').notNull(),
    failureCost: real('failure_cost').notNull(),
  },
  (t) => [primaryKey({ columns: [t.marketplaceId, t.sellerId, t.category] })],
);
