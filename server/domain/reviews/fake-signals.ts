import { getOrCreate } from '../../../shared/maps.ts';

/** A positive review as the fake-review signals need it. */
export interface PositiveReview {
  id: string;
  verified: boolean;
  text: string | null;
  /** ISO time. */
  createdAt: string;
  /** How many reviews its author has written on the marketplace. */
  authorReviews: number;
}

export interface FakeSignal {
  kind: 'burst' | 'unverified' | 'one_review_authors' | 'near_duplicates';
  ids: string[];
}

const BURST_PER_DAY = 5;
const NEAR_DUPLICATE = 0.8;

/** Character 3-gram shingles of the letters and digits of a text. */
function shingles(text: string): Set<string> {
  const letters = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const set = new Set<string>();
  for (let i = 0; i + 3 <= letters.length; i++) set.add(letters.slice(i, i + 3));
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common += 1;
  return common / (a.size + b.size - common || 1);
}

/**
 * Fake-review signals (seed 002: fake reviews block reinstatement): bursts of positive reviews, unverified
 * purchases, one-review authors and near-duplicate texts. Signals with their evidence, never verdicts.
 */
export function fakeReviewSignals(positives: readonly PositiveReview[]): FakeSignal[] {
  const signals: FakeSignal[] = [];
  const byDay = new Map<string, string[]>();
  for (const r of positives) getOrCreate(byDay, r.createdAt.slice(0, 10), () => []).push(r.id);
  const burst = [...byDay.values()].filter((ids) => ids.length >= BURST_PER_DAY).flat();
  if (burst.length) signals.push({ kind: 'burst', ids: burst });
  const unverified = positives.filter((r) => !r.verified);
  if (unverified.length >= 3 && unverified.length * 2 > positives.length) {
    signals.push({ kind: 'unverified', ids: unverified.map((r) => r.id) });
  }
  const oneReview = positives.filter((r) => r.authorReviews <= 1);
  if (oneReview.length >= 3 && oneReview.length * 2 > positives.length) {
    signals.push({ kind: 'one_review_authors', ids: oneReview.map((r) => r.id) });
  }
  const texts = positives.map((r) => ({ id: r.id, grams: shingles(r.text ?? '') })).filter((r) => r.grams.size >= 8);
  const similar = new Set<string>();
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i];
      const b = texts[j];
      if (a && b && jaccard(a.grams, b.grams) >= NEAR_DUPLICATE) {
        similar.add(a.id);
        similar.add(b.id);
      }
    }
  }
  if (similar.size) signals.push({ kind: 'near_duplicates', ids: [...similar] });
  return signals;
}
