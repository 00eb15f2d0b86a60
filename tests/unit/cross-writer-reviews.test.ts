import { describe, expect, it } from 'vitest';
import { classify } from '../../server/classifier/classifier.ts';
import { readLabelledReviews } from '../../server/classifier/labelled.ts';
import { evaluate } from '../../server/classifier/metrics.ts';

/**
 * The classifier on reviews by writers who never saw its code, lexicons or training data (two writers, eleven
 * languages, four personas each). These sets are locked: no setting is tuned on them, and they are never
 * trained on. The floors are the figures measured when the sets arrived, less a margin for the model's
 * retraining noise, so a change that makes unseen text worse fails here even when the own set improves.
 */
const measured = (folder: string) =>
  evaluate(
    readLabelledReviews(folder).map((truth) => ({ truth, got: classify({ text: truth.text, rating: truth.rating }) })),
  );

describe('reviews by other writers', () => {
  it('writer A (terse, angry, elderly, sarcastic): 440 reviews', () => {
    const report = measured('tests/fixtures/reviews-cross/writer-a');
    expect(report.n).toBe(440);
    expect(report.languageAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(report.sentimentAccuracy).toBeGreaterThanOrEqual(0.8);
    expect(report.reasonMacroF1).toBeGreaterThanOrEqual(0.74);
  }, 120_000); // the first classification trains the model

  it('writer B (non-native, detailed, slang, businesslike): 396 reviews', () => {
    const report = measured('tests/fixtures/reviews-cross/writer-b');
    expect(report.n).toBe(396);
    expect(report.languageAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(report.sentimentAccuracy).toBeGreaterThanOrEqual(0.88);
    expect(report.reasonMacroF1).toBeGreaterThanOrEqual(0.66);
  }, 60_000);
});
