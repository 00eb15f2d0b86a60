/**
 * The one definition of an unresolved negative review (seeds 002, R6 item 1 and R7). The badge, the lists, the
 * after-sales axis of the score, the path to green, the reinstatement checklist and the demo admin all count
 * by it; `server/db/unresolved.ts` is its SQL, and a test holds the two to the same verdicts.
 *
 * - A review is **negative** when the buyer's rating is 1–2: as written, or after the buyer edited it down (a
 *   4 edited to 1 is a new complaint, negative from the edit). The rating decides, not the words: a 3 is never
 *   negative, however it reads.
 * - It is **resolved** at the first of these after it became negative: the buyer edits it to 3 or more, the
 *   buyer removes it (the buyer's issue was resolved; R7 asks the buyer to edit or remove), or the seller
 *   comments on it (where a solution is objectively impossible; the tone is the drafting guard's business).
 *   A comment written before the review became negative answered something else and does not count. Once
 *   resolved it stays resolved: a later edit back down is the same complaint, already answered.
 * - It is **unresolved** as of a day when it became negative before that day and nothing resolved it yet;
 *   events after the day have not happened. Its **age** runs from when it became negative, and it is
 *   **overdue** once more than the policy's days (14, seed 002) have passed.
 * - Only reviews **written in the last 365 days** count: older ones have left every window a marketplace
 *   judges (Prom: "over the last year"), and the score reads no further back.
 * - A review belongs to the windows of the day it was written (its rating does, and so does its complaint).
 */

export const NEGATIVE_MAX_RATING = 2;
/** Seed 002: negatives are resolved or commented within 14 days (the policies' `unresolvedNegativeDays`). */
export const RESOLUTION_DAYS = 14;
/** Reviews written longer ago than this no longer count as unresolved. */
export const LOOKBACK_DAYS = 365;

const DAY = 86_400_000;

export const isNegativeRating = (rating: number): boolean => rating <= NEGATIVE_MAX_RATING;

/** What a review's history holds, as the marketplace sent it. */
export interface ReviewHistory {
  createdAt: Date;
  /** The rating as written. */
  rating: number;
  /** The buyer's edits: a new rating (or none), or the review removed. */
  edits: readonly { at: Date; rating: number | null; removed: boolean }[];
  /** The seller's public comments. */
  comments: readonly { at: Date }[];
}

/** When the review became negative and when (if) it was resolved, as of `asOf`. */
export interface NegativeState {
  negativeSince: Date;
  resolvedAt: Date | null;
}

/** A review as of `asOf`: null when it has not been negative by then. */
export function negativeState(review: ReviewHistory, asOf: Date): NegativeState | null {
  const before = (at: Date) => at.getTime() < asOf.getTime();
  if (!before(review.createdAt)) return null;
  const edits = review.edits.filter((e) => before(e.at));
  const negativeSince = isNegativeRating(review.rating)
    ? review.createdAt
    : earliest(edits.filter((e) => e.rating !== null && isNegativeRating(e.rating)).map((e) => e.at));
  if (!negativeSince) return null;
  const since = negativeSince.getTime();
  const fixes = edits.filter((e) => e.removed || (e.rating !== null && !isNegativeRating(e.rating))).map((e) => e.at);
  const answers = review.comments.filter((c) => before(c.at)).map((c) => c.at);
  const resolvedAt = earliest([...fixes, ...answers].filter((at) => at.getTime() >= since));
  return { negativeSince, resolvedAt };
}

/** Unresolved as of `asOf`: negative, in the lookback, and nothing resolved it yet. */
export function isUnresolved(review: ReviewHistory, asOf: Date): boolean {
  const state = negativeState(review, asOf);
  return state !== null && state.resolvedAt === null && inLookback(review.createdAt, asOf);
}

/** Written within the last LOOKBACK_DAYS before `asOf`. */
export const inLookback = (createdAt: Date, asOf: Date): boolean =>
  createdAt.getTime() >= lookbackStart(asOf).getTime();
export const lookbackStart = (asOf: Date): Date => new Date(asOf.getTime() - LOOKBACK_DAYS * DAY);

/** Whole days since the review became negative. */
export const ageDays = (negativeSince: Date, asOf: Date): number =>
  Math.floor((asOf.getTime() - negativeSince.getTime()) / DAY);

/** The day by which it should be resolved. */
export const resolutionDeadline = (negativeSince: Date, days: number = RESOLUTION_DAYS): Date =>
  new Date(negativeSince.getTime() + days * DAY);

/** Past its deadline as of `asOf` (an unresolved negative that became negative before the cut-off). */
export const isOverdue = (negativeSince: Date, asOf: Date, days: number = RESOLUTION_DAYS): boolean =>
  resolutionDeadline(negativeSince, days).getTime() < asOf.getTime();

/** The instant before which a negative is overdue if still unresolved: `asOf` minus the deadline's days. */
export const overdueCutoff = (asOf: Date, days: number = RESOLUTION_DAYS): Date =>
  new Date(asOf.getTime() - days * DAY);

/** Resolved within the deadline of becoming negative. */
export const resolvedInTime = (s: NegativeState, days: number = RESOLUTION_DAYS): boolean =>
  s.resolvedAt !== null && s.resolvedAt.getTime() <= resolutionDeadline(s.negativeSince, days).getTime();

function earliest(dates: readonly Date[]): Date | null {
  let first: Date | null = null;
  for (const d of dates) if (first === null || d.getTime() < first.getTime()) first = d;
  return first;
}
