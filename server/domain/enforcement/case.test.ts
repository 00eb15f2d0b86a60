import { describe, expect, it } from 'vitest';
import { generic } from '../../../shared/policies/generic.ts';
import { prom } from '../../../shared/policies/prom.ts';
import { decide, EnforcementError, effectiveState, exclude, openCase, receiveLetter } from './case.ts';
import { evaluateChecklist } from './checklist.ts';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000);

describe('enforcement case', () => {
  const excluded = exclude(openCase('c1', 'worsened_90d', day(0)), day(1), prom, 'mod', 'late dispatch tripled');

  it('excludes an at-risk seller with the re-review due on day 14', () => {
    expect(excluded.state).toBe('excluded');
    expect(excluded.reReviewDueAt).toEqual(day(15));
    expect(effectiveState(excluded, day(14))).toBe('excluded');
    expect(effectiveState(excluded, day(15))).toBe('re_review_due');
  });

  it('keeps the seller excluded at least 14 days even if it improved earlier', () => {
    expect(() => decide(excluded, 'reinstate', day(10), prom, 'mod', 'all fixed')).toThrow(EnforcementError);
    expect(() => decide(excluded, 'reinstate', day(10), prom, 'mod', 'all fixed')).toThrow(
      'exclusion lasts at least 14 days (until 2026-11-16)',
    );
    expect(decide(excluded, 'reinstate', day(15), prom, 'mod', 'all fixed')).toMatchObject({
      state: 'reinstated',
      closedAt: day(15),
    });
  });

  it('extends by 14 days from the re-review day and is due again then', () => {
    const extended = decide(excluded, 'extend', day(15), prom, 'mod', 'new negatives');
    expect(extended.reReviewDueAt).toEqual(day(29));
    expect(effectiveState(extended, day(20))).toBe('extended');
    expect(effectiveState(extended, day(29))).toBe('re_review_due');
  });

  it('answers a letter within 14 days', () => {
    expect(receiveLetter(excluded, day(5), prom).letterAnswerDueAt).toEqual(day(19));
  });

  it('refuses exclusion under a policy without it', () => {
    expect(() => exclude(openCase('c2', null, day(0)), day(1), generic, 'mod', 'x')).toThrow(/no catalogue exclusion/);
  });
});

describe('reinstatement checklist', () => {
  const facts = {
    negativesBefore: 7,
    unresolvedNegativeIds: [],
    newVerifiedPositiveIds: ['r9'],
    ratingAtExclusion: 3.9,
    ratingNow: 4.2,
    fakeSignals: [],
    letterReceivedAt: day(5),
    reReviewDueAt: day(15),
    newNegativeIds: [],
    newComplaintIds: [],
    ruleRate: { before: { k: 30, n: 200 }, since: { k: 1, n: 80 } },
  };

  it('passes all six checks for a seller who fixed everything', () => {
    expect(evaluateChecklist(facts).map((i) => [i.item, i.passed])).toEqual([
      ['negatives_resolved', true],
      ['new_genuine_positives', true],
      ['no_fake_reviews', true],
      ['letter_before_re_review', true],
      ['no_new_negatives', true],
      ['quality_improved', true],
    ]);
  });

  it('fails each check with its evidence', () => {
    const failed = evaluateChecklist({
      ...facts,
      unresolvedNegativeIds: ['r1', 'r2'],
      ratingNow: 3.8,
      fakeSignals: [{ kind: 'burst', ids: ['r5', 'r6'] }],
      letterReceivedAt: day(16),
      newNegativeIds: ['r7'],
      ruleRate: { before: { k: 30, n: 200 }, since: { k: 12, n: 80 } },
    });
    expect(failed.every((i) => !i.passed)).toBe(true);
    expect(failed.find((i) => i.item === 'negatives_resolved')?.ids).toEqual(['r1', 'r2']);
    expect(failed.find((i) => i.item === 'no_fake_reviews')?.figures).toEqual({ burst: 2 });
  });
});
