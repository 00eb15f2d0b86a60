import { describe, expect, it } from 'vitest';
import { fakeReviewSignals, type PositiveReview } from './fake-signals.ts';

const ordinary: Record<string, string> = {
  r1: 'Phone arrived in two days, battery holds all day.',
  r2: 'Packed well, and the seller called to confirm the address.',
  r3: 'Kettle boils fast and the lid closes firmly. Happy.',
};
const review = (id: string, over: Partial<PositiveReview> = {}): PositiveReview => ({
  id,
  verified: true,
  text: ordinary[id] ?? null,
  createdAt: `2026-10-0${(Number(id.slice(1)) % 9) + 1}T10:00:00Z`,
  authorReviews: 4,
  ...over,
});

describe('fake-review signals', () => {
  it('finds nothing in an ordinary stream of positives', () => {
    expect(fakeReviewSignals([review('r1'), review('r2'), review('r3')])).toEqual([]);
  });

  it('flags a burst, unverified one-review authors and near-duplicate texts, with the review ids', () => {
    const copy = 'Super shop, fast delivery, everything perfect, recommend to everyone!';
    const burst = Array.from({ length: 5 }, (_, i) =>
      review(`b${i}`, {
        createdAt: `2026-10-20T1${i}:00:00Z`,
        verified: false,
        authorReviews: 1,
        text: i < 2 ? copy : `${copy.slice(0, -1)} !!`,
      }),
    );
    const signals = fakeReviewSignals([review('r1'), ...burst]);
    expect(signals.map((s) => s.kind)).toEqual(['burst', 'unverified', 'one_review_authors', 'near_duplicates']);
    expect(signals[0]?.ids).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    expect(signals[3]?.ids.sort()).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
  });
});
