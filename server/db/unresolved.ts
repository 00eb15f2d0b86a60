import { type SQL, sql } from 'drizzle-orm';
import { lookbackStart, NEGATIVE_MAX_RATING, overdueCutoff } from '../domain/reviews/unresolved.ts';

/**
 * The SQL of the one definition of an unresolved negative (`server/domain/reviews/unresolved.ts` states the
 * rule): every query that counts or lists negatives builds its conditions here, so the badge, the lists, the
 * score, the checklist and the demo admin cannot drift apart.
 */

const low = sql.raw(String(NEGATIVE_MAX_RATING));

export interface NegativeReviewSql {
  /** FROM items to put right after `reviews <alias>`. */
  from: SQL;
  /** When the review became negative by `asOf`; null when it has not. */
  since: SQL;
  /** When it was resolved by `asOf`; null when it has not been (or is not negative). */
  resolvedAt: SQL;
  /** Unresolved as of `asOf`: negative, nothing resolved it yet, written in the lookback. */
  unresolved: SQL;
}

export interface NegativeReviewQuery {
  /** The alias of the `reviews` row. */
  review: string;
  asOf: Date;
  /**
   * `one-seller`: each review's edits are looked up by index (one seller's reviews: the badge, the lists).
   * `marketplace`: the marketplace's edits down to 1–2 are gathered once and joined (the score counts every
   * review of every seller, where a lookup per review would cost more than the rest of the statement).
   */
  scope: { kind: 'one-seller' } | { kind: 'marketplace'; marketplace: string };
  /** A unique prefix for the aliases this adds (several may sit in one statement). */
  alias?: string;
}

/** The state of each review row under the one definition, as of `asOf` (events after it have not happened). */
export function negativeReview(q: NegativeReviewQuery): NegativeReviewSql {
  const r = sql.raw(q.review);
  const a = q.alias ?? 'neg';
  const asOf = q.asOf.toISOString();
  /** `alias`, and `alias.column` of a comment or update of this review made before asOf. */
  const of = (alias: string) => {
    const t = (column: string) => sql.raw(`${alias}.${column}`);
    const before = sql`${t('marketplace_id')} = ${r}.marketplace_id AND ${t('review_id')} = ${r}.id
      AND ${t('created_at')} < ${asOf}`;
    return { name: sql.raw(alias), t, before };
  };
  const sinceOf = (editDown: SQL) =>
    sql`CASE WHEN ${r}.original_rating <= ${low} THEN ${r}.created_at ELSE ${editDown} END`;

  let from: SQL;
  let since: SQL;
  if (q.scope.kind === 'marketplace') {
    const edits = sql.raw(`${a}_edits`);
    const { name, t } = of(`${a}_u`);
    from = sql` LEFT JOIN (SELECT ${t('review_id')}, min(${t('created_at')}) AS at FROM review_updates ${name}
      WHERE ${t('marketplace_id')} = ${q.scope.marketplace} AND ${t('created_at')} < ${asOf} AND ${t('rating')} <= ${low}
      GROUP BY ${t('review_id')}) ${edits} ON ${edits}.review_id = ${r}.id`;
    since = sinceOf(sql`${edits}.at`);
  } else {
    // OFFSET 0 keeps the lookup in its own node, evaluated once per review rather than once per use.
    const state = sql.raw(`${a}_state`);
    const u = of(`${a}_u`);
    const editDown = sql`(SELECT min(${u.t('created_at')}) FROM review_updates ${u.name}
      WHERE ${u.before} AND ${u.t('rating')} <= ${low})`;
    from = sql` CROSS JOIN LATERAL (SELECT ${sinceOf(editDown)} AS since OFFSET 0) ${state}`;
    since = sql`${state}.since`;
  }
  // Only negatives can be resolved: their first comment, or first edit up or removal, after becoming negative.
  const c = of(`${a}_c`);
  const f = of(`${a}_f`);
  const resolvedAt = sql`CASE WHEN ${since} IS NOT NULL THEN least(
    (SELECT min(${c.t('created_at')}) FROM review_comments ${c.name} WHERE ${c.before} AND ${c.t('created_at')} >= ${since}),
    (SELECT min(${f.t('created_at')}) FROM review_updates ${f.name} WHERE ${f.before} AND ${f.t('created_at')} >= ${since}
      AND (${f.t('rating')} > ${low} OR ${f.t('removed')}))) END`;
  const unresolved = isUnresolved({ since, resolvedAt, createdAt: sql`${r}.created_at` }, q.asOf);
  return { from, since, resolvedAt, unresolved };
}

/** Negative as the review stands now (its current rating, not removed): what the reviews' own counts show. */
export const isNegativeNow = (review: string): SQL =>
  sql`(${sql.raw(review)}.rating <= ${low} AND NOT ${sql.raw(review)}.removed)`;

/** Unresolved as of `asOf`, from a review's `since`, `resolvedAt` and `created_at` (columns or expressions). */
export function isUnresolved(s: { since: SQL; resolvedAt: SQL; createdAt: SQL }, asOf: Date): SQL {
  return sql`(${s.since} IS NOT NULL AND ${s.resolvedAt} IS NULL AND ${s.createdAt} >= ${lookbackFrom(asOf)}
    AND ${s.createdAt} < ${asOf.toISOString()})`;
}

/** Its deadline has passed by `asOf` (whether or not it was resolved since). */
export const isPastDeadline = (since: SQL, asOf: Date, days: number): SQL =>
  sql`${since} < ${overdueCutoff(asOf, days).toISOString()}`;

/** Resolved no later than the deadline's days after it became negative. */
export const isResolvedInTime = (since: SQL, resolvedAt: SQL, days: number): SQL =>
  sql`${resolvedAt} <= ${since} + make_interval(days => ${days})`;

/** The first instant of the lookback before `asOf`: reviews written earlier never count as unresolved. */
export const lookbackFrom = (asOf: Date): string => lookbackStart(asOf).toISOString();
