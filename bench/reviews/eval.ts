import { classify } from '../../server/classifier/classifier.ts';
import { readLabelledReviews } from '../../server/classifier/labelled.ts';
import { evaluate } from '../../server/classifier/metrics.ts';

/**
 * `npm run eval:reviews [-- folder]`: the classifier measured on a hand-labelled set (default
 * tests/fixtures/reviews; the cross-writer sets are tests/fixtures/reviews-cross/writer-*) —
 * per-language and per-reason precision, recall and F1, language and sentiment accuracy, the confusion of
 * languages, and every misclassified review.
 */
const folder = process.argv[2] ?? 'tests/fixtures/reviews';
const reviews = readLabelledReviews(folder);
const pairs = reviews.map((truth) => ({
  truth,
  got: classify({ text: truth.text, rating: truth.rating }),
}));
const report = evaluate(pairs);
const pct = (x: number) => x.toFixed(3);

console.log(
  `${folder}: reviews ${report.n}: language ${pct(report.languageAccuracy)}, sentiment ${pct(report.sentimentAccuracy)}, reason macro-F1 ${pct(report.reasonMacroF1)}\n`,
);
console.log('language    n  lang   sentiment  reason-F1');
for (const l of report.byLanguage) {
  console.log(
    `${l.lang.padEnd(8)} ${String(l.n).padStart(4)}  ${pct(l.languageAccuracy)}  ${pct(l.sentimentAccuracy)}      ${pct(l.reasonMacroF1)}`,
  );
}
console.log('\nreason                      n  precision  recall  F1');
for (const r of report.byReason) {
  console.log(
    `${r.reason.padEnd(24)} ${String(r.support).padStart(4)}  ${pct(r.precision)}      ${pct(r.recall)}   ${pct(r.f1)}`,
  );
}
const confusion = new Map<string, number>();
for (const { truth, got } of pairs) {
  if (got.lang !== truth.lang)
    confusion.set(`${truth.lang}→${got.lang}`, (confusion.get(`${truth.lang}→${got.lang}`) ?? 0) + 1);
}
console.log(`\nlanguage confusion: ${[...confusion].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
console.log(`\nmisclassified (${report.misclassified.length}):`);
for (const m of report.misclassified) console.log(`  ${m.id}: expected ${m.expected}, got ${m.got}\n    ${m.text}`);
