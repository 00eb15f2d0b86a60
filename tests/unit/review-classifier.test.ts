import { describe, expect, it } from 'vitest';
import { classify, trainingReviews } from '../../server/classifier/classifier.ts';
import { readLabelledReviews } from '../../server/classifier/labelled.ts';
import { evaluate } from '../../server/classifier/metrics.ts';

/**
 * Floors on the hand-labelled set (tests/fixtures/reviews), pinned just under what the classifier measures
 * today (`npm run eval:reviews`), so a change that makes it worse fails. They are floors, not the targets:
 * the issue asks for reason macro-F1 ≥ 0.80, language ≥ 0.97 and sentiment ≥ 0.85 on unseen reviews.
 */
const reviews = readLabelledReviews('tests/fixtures/reviews');
const report = evaluate(reviews.map((truth) => ({ truth, got: classify({ text: truth.text, rating: truth.rating }) })));

describe('review classifier on the labelled set', () => {
  it('has at least 40 labelled reviews in each of the eleven languages', () => {
    const byLang = new Map(report.byLanguage.map((l) => [l.lang, l.n]));
    for (const lang of ['en', 'uk', 'ru', 'pl', 'fi', 'fr', 'de', 'it', 'es', 'zh', 'ms'])
      expect(byLang.get(lang) ?? 0, lang).toBeGreaterThanOrEqual(40);
  });

  it('detects the language', () => expect(report.languageAccuracy).toBeGreaterThanOrEqual(0.98));
  it('reads the sentiment', () => expect(report.sentimentAccuracy).toBeGreaterThanOrEqual(0.88));
  it('names the reasons', () => expect(report.reasonMacroF1).toBeGreaterThanOrEqual(0.8));

  it('tells Malaysian Malay from Indonesian', () => {
    const byLang = new Map(report.byLanguage.map((l) => [l.lang, l]));
    expect(byLang.get('ms')?.languageAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(byLang.get('id')?.languageAccuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('is never trained on a near-copy of an evaluation review, own or cross-writer', () => {
    const grams = (text: string) => {
      const t = text.toLowerCase().replace(/\s+/g, ' ');
      return new Set(Array.from({ length: Math.max(0, t.length - 3) }, (_, i) => t.slice(i, i + 4)));
    };
    // An inverted index from 4-gram to evaluation reviews: each training review counts its shared grams
    // per evaluation review in one pass over its own grams.
    const crossWriter = ['writer-a', 'writer-b'].flatMap((w) =>
      readLabelledReviews(`tests/fixtures/reviews-cross/${w}`),
    );
    const evaluation = [...reviews, ...crossWriter].map((r) => grams(r.text));
    const holders = new Map<string, number[]>();
    evaluation.forEach((e, i) => {
      for (const gram of e) holders.set(gram, [...(holders.get(gram) ?? []), i]);
    });
    let closest = 0;
    let closestText = '';
    for (const example of trainingReviews()) {
      const g = grams(example.text);
      const shared = new Map<number, number>();
      for (const gram of g) for (const i of holders.get(gram) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      for (const [i, count] of shared) {
        const jaccard = count / (g.size + (evaluation[i]?.size ?? 0) - count);
        if (jaccard > closest) [closest, closestText] = [jaccard, example.text];
      }
    }
    expect(closest, closestText).toBeLessThan(0.3);
  });
});
