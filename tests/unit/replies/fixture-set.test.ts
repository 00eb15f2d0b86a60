import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../server/classifier/classifier.ts';
import { checkReply } from '../../../server/domain/replies/guard.ts';
import { draftForRequest } from '../../../server/services/drafting.ts';
import type { ReplyLanguage } from '../../../shared/drafts.ts';
import type { Reason } from '../../../shared/reasons.ts';
import { createReplyPhrasebook } from '../../../shared/reply-i18n.ts';

/**
 * Reviews written for this test by hand, apart from the classifier's training data: ten negatives per
 * language. Every draft must come out in the review's language (as the classifier reads it), trip no
 * guard, and answer each reason of the review with that reason's own fix, in the text and in the gloss.
 */
interface FixtureReview {
  id: string;
  lang: ReplyLanguage;
  rating: number;
  reasons: Reason[];
  text: string;
}
const fixtures: FixtureReview[] = readFileSync(new URL('../../fixtures/replies/reviews.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as FixtureReview);
const book = createReplyPhrasebook();
const detected = (text: string) => {
  const lang = classify({ text }).lang;
  return lang === 'id' ? 'ms' : lang;
};

describe('hand-written negative reviews in 11 languages', () => {
  it('has about ten per language', () => {
    const perLang = new Map<string, number>();
    for (const f of fixtures) perLang.set(f.lang, (perLang.get(f.lang) ?? 0) + 1);
    expect(perLang.size).toBe(11);
    for (const count of perLang.values()) expect(count).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures.map((f) => [f.id, f] as const))(
    '%s: in its language, no guard warning, every reason answered',
    (_, f) => {
      const result = draftForRequest(
        {
          id: f.id,
          text: f.text,
          rating: f.rating,
          lang: null,
          reasons: f.reasons,
          sellerName: 'Test Shop',
          buyerName: null,
          order: null,
        },
        'en',
      );
      expect(result.status).toBe('drafted');
      if (result.status !== 'drafted') return;
      expect(result.lang).toBe(f.lang);
      expect(result.drafts).toHaveLength(2);
      for (const d of result.drafts) {
        expect({ id: f.id, variant: d.variant, lang: detected(d.text) }).toEqual({
          id: f.id,
          variant: d.variant,
          lang: f.lang,
        });
        expect(checkReply(d.text, f.lang)).toEqual([]);
        for (const reason of f.reasons) {
          expect(d.text).toContain(book.t(f.lang, `reason.${reason}.fix_${d.variant}`));
          expect(d.gloss).toContain(book.t('en', `reason.${reason}.fix_${d.variant}`));
        }
      }
    },
  );

  it('drafts for every review when the classifier picks the reasons, and answers what it reports', () => {
    let drafted = 0;
    for (const f of fixtures) {
      const result = draftForRequest(
        {
          id: f.id,
          text: f.text,
          rating: f.rating,
          lang: null,
          reasons: null,
          sellerName: null,
          buyerName: null,
          order: null,
        },
        'en',
      );
      if (result.status !== 'drafted') continue;
      drafted += 1;
      for (const d of result.drafts) {
        expect(checkReply(d.text, f.lang)).toEqual([]);
        for (const reason of result.reasons)
          expect(d.text).toContain(book.t(f.lang, `reason.${reason}.fix_${d.variant}`));
      }
    }
    expect(drafted).toBe(fixtures.length);
  });
});
