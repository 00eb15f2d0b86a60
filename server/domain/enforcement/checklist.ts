import { worseThanBaselineP } from '../quality/stats.ts';

/** The six reinstatement checks of seed 002, each with its evidence; the moderator decides. */
export const checklistItems = [
  'negatives_resolved',
  'new_genuine_positives',
  'no_fake_reviews',
  'letter_before_re_review',
  'no_new_negatives',
  'quality_improved',
] as const;
export type ChecklistItem = (typeof checklistItems)[number];

export interface ChecklistResult {
  item: ChecklistItem;
  passed: boolean;
  figures: Record<string, number | string | null>;
  ids: string[];
}

export interface ChecklistFacts {
  /**
   * By the one definition (`../reviews/unresolved.ts`), as of now: negatives that became negative before the
   * exclusion, and those of them still unresolved.
   */
  negativesBefore: number;
  unresolvedNegativeIds: string[];
  newVerifiedPositiveIds: string[];
  ratingAtExclusion: number | null;
  ratingNow: number | null;
  fakeSignals: { kind: string; ids: string[] }[];
  letterReceivedAt: Date | null;
  reReviewDueAt: Date | null;
  /** Reviews that became negative since the exclusion (resolved or not: item 5 asks for none). */
  newNegativeIds: string[];
  newComplaintIds: string[];
  /** The bad-outcome rate behind the rule that fired: before the exclusion, and since. */
  ruleRate: { before: { k: number; n: number }; since: { k: number; n: number } } | null;
}

export function evaluateChecklist(f: ChecklistFacts): ChecklistResult[] {
  const improvement = f.ruleRate
    ? worseThanBaselineP(f.ruleRate.before.k, f.ruleRate.before.n, f.ruleRate.since.k, f.ruleRate.since.n)
    : null;
  const rate = (x: { k: number; n: number }) => (x.n ? x.k / x.n : null);
  return [
    {
      item: 'negatives_resolved',
      passed: f.unresolvedNegativeIds.length === 0,
      figures: { negativesBefore: f.negativesBefore, unresolved: f.unresolvedNegativeIds.length },
      ids: f.unresolvedNegativeIds,
    },
    {
      item: 'new_genuine_positives',
      passed:
        f.newVerifiedPositiveIds.length > 0 &&
        f.ratingNow !== null &&
        f.ratingAtExclusion !== null &&
        f.ratingNow > f.ratingAtExclusion,
      figures: {
        newVerifiedPositives: f.newVerifiedPositiveIds.length,
        ratingAtExclusion: f.ratingAtExclusion,
        ratingNow: f.ratingNow,
      },
      ids: f.newVerifiedPositiveIds,
    },
    {
      item: 'no_fake_reviews',
      passed: f.fakeSignals.length === 0,
      figures: Object.fromEntries(f.fakeSignals.map((s) => [s.kind, s.ids.length])),
      ids: f.fakeSignals.flatMap((s) => s.ids),
    },
    {
      item: 'letter_before_re_review',
      passed: f.letterReceivedAt !== null && f.reReviewDueAt !== null && f.letterReceivedAt < f.reReviewDueAt,
      figures: {
        letterReceivedAt: f.letterReceivedAt?.toISOString() ?? null,
        reReviewDueAt: f.reReviewDueAt?.toISOString() ?? null,
      },
      ids: [],
    },
    {
      item: 'no_new_negatives',
      passed: f.newNegativeIds.length === 0 && f.newComplaintIds.length === 0,
      figures: { newNegatives: f.newNegativeIds.length, newComplaints: f.newComplaintIds.length },
      ids: [...f.newNegativeIds, ...f.newComplaintIds],
    },
    {
      item: 'quality_improved',
      // "Significantly": the earlier rate is higher than the rate since exclusion at p < 0.05.
      passed: improvement !== null && improvement < 0.05,
      figures: {
        rateBefore: f.ruleRate ? rate(f.ruleRate.before) : null,
        rateSince: f.ruleRate ? rate(f.ruleRate.since) : null,
        p: improvement,
      },
      ids: [],
    },
  ];
}
