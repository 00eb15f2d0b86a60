import type { ReviewRow } from '../adapters/demo.ts';
import type { ReasonGroup, UnresolvedReview } from '../messaging.ts';

/**
 * What SellerLens adds to one review row, from the server's unresolved negatives and reason groups and
 * what the page shows. Pure, so the countdown and the marks are tested without a browser.
 */

const DAY = 86_400_000;

export type Countdown = { kind: 'left'; days: number } | { kind: 'today' } | { kind: 'overdue'; days: number };

/** Days left before the deadline, rounded up; under a day is "today"; past it, days late (rounded up). */
export function countdown(deadline: string, now: Date): Countdown {
  const left = Date.parse(deadline) - now.getTime();
  if (left < 0) return { kind: 'overdue', days: Math.max(1, Math.ceil(-left / DAY)) };
  if (left < DAY) return { kind: 'today' };
  return { kind: 'left', days: Math.ceil(left / DAY) };
}

/** `unresolved`: the server lists it; `commented`: a negative the shop replied to; `resolved`: a negative neither. */
export type ReviewMark = 'unresolved' | 'commented' | 'resolved' | null;

export interface RowInsight {
  id: string;
  reasons: string[];
  lang: string | null;
  /** Whole days since the review was written, or null when unknown. */
  ageDays: number | null;
  mark: ReviewMark;
  countdown: Countdown | null;
}

export interface ReviewInsights {
  unresolved: UnresolvedReview[];
  reasonGroups: ReasonGroup[];
}

type RowFacts = Pick<ReviewRow, 'id' | 'rating' | 'createdAt' | 'lang' | 'replied' | 'removed'>;

/** The insight of every row, keyed by the server's data where it has the review and by the page otherwise. */
export function rowInsights(rows: readonly RowFacts[], insights: ReviewInsights, now: Date): RowInsight[] {
  const unresolved = new Map(insights.unresolved.map((review) => [review.id, review]));
  const exampleReasons = new Map<string, string[]>();
  for (const group of insights.reasonGroups) {
    for (const id of group.exampleIds) exampleReasons.set(id, [...(exampleReasons.get(id) ?? []), group.reason]);
  }
  return rows.map((row) => {
    const open = unresolved.get(row.id);
    const createdAt = open?.createdAt ?? row.createdAt;
    const negative = row.rating !== null && row.rating <= 2;
    let mark: ReviewMark = null;
    if (open) mark = 'unresolved';
    else if (negative) mark = row.replied ? 'commented' : 'resolved';
    return {
      id: row.id,
      reasons: open?.reasons?.length ? [...open.reasons] : (exampleReasons.get(row.id) ?? []),
      lang: open?.lang ?? row.lang,
      ageDays: createdAt ? Math.max(0, Math.floor((now.getTime() - Date.parse(createdAt)) / DAY)) : null,
      mark,
      countdown: open ? countdown(open.deadline, now) : null,
    };
  });
}

/** How many unresolved negatives are past their deadline. */
export function overdueCount(unresolved: readonly UnresolvedReview[], now: Date): number {
  return unresolved.filter((review) => Date.parse(review.deadline) < now.getTime()).length;
}
