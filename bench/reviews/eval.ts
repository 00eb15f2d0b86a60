import { detectLanguage } from '../../server/domain/reviews/language.ts';
import { readLabelledReviews } from '../../server/reviews/labelled.ts';

/**
 * `npm run eval:reviews`: language detection measured on the hand-labelled set in tests/fixtures/reviews:
 * accuracy per language, the confusion of languages, and every misread review.
 */
const reviews = readLabelledReviews('tests/fixtures/reviews');
const confusion = new Map<string, Map<string, number>>();
const misread: string[] = [];
for (const review of reviews) {
  const guess = detectLanguage(review.text).lang ?? 'none';
  const row = confusion.get(review.lang) ?? new Map<string, number>();
  row.set(guess, (row.get(guess) ?? 0) + 1);
  confusion.set(review.lang, row);
  if (guess !== review.lang) misread.push(`  ${review.id} read as ${guess}: ${review.text}`);
}
const langs = [...confusion.keys()].sort();
let correct = 0;
console.log('language   n  accuracy  confused with');
for (const lang of langs) {
  const row = confusion.get(lang) ?? new Map<string, number>();
  const n = [...row.values()].reduce((a, b) => a + b, 0);
  const hit = row.get(lang) ?? 0;
  correct += hit;
  const others = [...row.entries()]
    .filter(([g]) => g !== lang)
    .map(([g, c]) => `${g}:${c}`)
    .join(' ');
  console.log(`${lang.padEnd(8)} ${String(n).padStart(4)}  ${(hit / n).toFixed(3)}     ${others}`);
}
console.log(`overall  ${String(reviews.length).padStart(4)}  ${(correct / reviews.length).toFixed(3)}`);
if (misread.length) console.log(`\nmisread (${misread.length}):\n${misread.join('\n')}`);
