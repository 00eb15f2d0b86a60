import { lexiconExamples, reviewModels, trainingReviews } from '../../server/classifier/classifier.ts';
import type { LabelledReview } from '../../server/classifier/labelled.ts';
import { evaluate } from '../../server/classifier/metrics.ts';
import { classifyReview } from '../../server/domain/reviews/classify.ts';
import { lexicons } from '../../server/domain/reviews/lexicons/index.ts';
import { trainReasonModel } from '../../server/domain/reviews/model.ts';

/**
 * `npm run tune:reviews`: chooses the reason model's settings by 5-fold cross-validation on the reviews it is
 * trained on (demo and training reviews; the lexicon phrases are always in), never on the evaluation set in
 * tests/fixtures/reviews. Prints the cross-validated reason macro-F1 of each setting.
 */
const reviews = trainingReviews();
const phrases = lexiconExamples();
const { languages } = reviewModels();

for (const positiveWeight of [1.5, 3, 5, 8]) {
  for (const epochs of [8, 12, 20]) {
    const pairs = [];
    for (let fold = 0; fold < 5; fold++) {
      const model = trainReasonModel([...phrases, ...reviews.filter((_, i) => i % 5 !== fold)], {
        positiveWeight,
        epochs,
      });
      for (const [i, e] of reviews.entries()) {
        if (i % 5 !== fold) continue;
        const truth: LabelledReview = {
          id: `cv-${i}`,
          text: e.text,
          lang: e.lang ?? 'en',
          rating: e.reasons.length ? 1 : 5,
          sentiment: e.reasons.length ? 'negative' : 'positive',
          reasons: [...e.reasons],
          component: null,
        };
        const got = classifyReview({ text: e.text, lang: e.lang, rating: truth.rating }, lexicons, {
          reasons: model,
          languages,
        });
        pairs.push({ truth, got });
      }
    }
    console.log(
      `positiveWeight ${String(positiveWeight).padEnd(4)} epochs ${String(epochs).padEnd(3)} cross-validated reason macro-F1 ${evaluate(pairs).reasonMacroF1.toFixed(3)}`,
    );
  }
}
