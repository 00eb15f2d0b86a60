import { describe, expect, it } from 'vitest';
import {
  ageDays,
  isOverdue,
  isUnresolved,
  negativeState,
  type ReviewHistory,
  resolutionDeadline,
  resolvedInTime,
} from './unresolved.ts';

const DAY = 86_400_000;
const asOf = new Date('2026-06-30T00:00:00Z');
const ago = (days: number) => new Date(asOf.getTime() - days * DAY);
const review = (rating: number, written: number, more: Partial<ReviewHistory> = {}): ReviewHistory => ({
  createdAt: ago(written),
  rating,
  edits: [],
  comments: [],
  ...more,
});

describe('an unresolved negative review', () => {
  it('is a 1 or 2 with nothing done about it; a 3 is never negative', () => {
    expect(isUnresolved(review(1, 5), asOf)).toBe(true);
    expect(isUnresolved(review(2, 5), asOf)).toBe(true);
    expect(negativeState(review(3, 5), asOf)).toBeNull();
    expect(negativeState(review(5, 5), asOf)).toBeNull();
  });

  it('is resolved by a comment, an edit to 3 or more, or removal, whichever comes first', () => {
    const r = review(1, 20, {
      edits: [
        { at: ago(10), rating: 4, removed: false },
        { at: ago(5), rating: null, removed: true },
      ],
      comments: [{ at: ago(12) }],
    });
    expect(negativeState(r, asOf)?.resolvedAt).toEqual(ago(12));
    expect(isUnresolved(review(1, 20, { edits: [{ at: ago(3), rating: null, removed: true }] }), asOf)).toBe(false);
    expect(isUnresolved(review(2, 20, { edits: [{ at: ago(3), rating: 3, removed: false }] }), asOf)).toBe(false);
    // An edit that stays negative resolves nothing.
    expect(isUnresolved(review(1, 20, { edits: [{ at: ago(3), rating: 2, removed: false }] }), asOf)).toBe(true);
  });

  it('starts when a positive review is edited down, and a comment before that does not count', () => {
    const r = review(4, 60, { edits: [{ at: ago(5), rating: 1, removed: false }], comments: [{ at: ago(59) }] });
    expect(negativeState(r, asOf)).toEqual({ negativeSince: ago(5), resolvedAt: null });
    expect(ageDays(ago(5), asOf)).toBe(5);
    expect(isOverdue(ago(5), asOf)).toBe(false);
  });

  it('stays resolved once resolved, even when edited down again', () => {
    const r = review(1, 30, {
      edits: [
        { at: ago(25), rating: 4, removed: false },
        { at: ago(10), rating: 1, removed: false },
      ],
    });
    expect(negativeState(r, asOf)?.resolvedAt).toEqual(ago(25));
  });

  it('does not see events after the day it is judged on, nor reviews written over a year before', () => {
    const answeredLater = review(1, 20, { comments: [{ at: new Date(asOf.getTime() + DAY) }] });
    expect(isUnresolved(answeredLater, asOf)).toBe(true);
    expect(negativeState(review(1, -1), asOf)).toBeNull();
    expect(isUnresolved(review(1, 365), asOf)).toBe(true);
    expect(isUnresolved(review(1, 366), asOf)).toBe(false);
  });

  it('is overdue after the 14 days, and resolved in time on the 14th day', () => {
    expect(resolutionDeadline(ago(20))).toEqual(ago(6));
    expect(isOverdue(ago(15), asOf)).toBe(true);
    expect(isOverdue(ago(14), asOf)).toBe(false);
    expect(isOverdue(ago(8), asOf, 7)).toBe(true);
    const onTheDay = negativeState(review(1, 30, { comments: [{ at: ago(16) }] }), asOf);
    const aDayLate = negativeState(review(1, 30, { comments: [{ at: ago(15) }] }), asOf);
    expect(onTheDay && resolvedInTime(onTheDay)).toBe(true);
    expect(aDayLate && resolvedInTime(aDayLate)).toBe(false);
  });
});
