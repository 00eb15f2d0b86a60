import { describe, expect, it } from 'vitest';
import { composeDraft } from '../../../server/domain/replies/compose.ts';
import { draftReply, type ResolvedReview } from '../../../server/domain/replies/draft.ts';
import { renderDraft } from '../../../server/domain/replies/render.ts';
import { type OrderFacts, replyLanguage } from '../../../shared/drafts.ts';
import { createReplyPhrasebook } from '../../../shared/reply-i18n.ts';

const book = createReplyPhrasebook();
const languages = replyLanguage.options;

const review = (over: Partial<ResolvedReview> = {}): ResolvedReview => ({
  id: 'rv-1',
  text: 'bad',
  lang: 'en',
  negative: true,
  reasons: ['damaged_item'],
  sellerName: 'Nordic Gadgets',
  buyerName: 'Anna',
  order: null,
  ...over,
});

function drafted(r: ResolvedReview, gloss = r.lang) {
  const result = draftReply(r, gloss, book);
  if (result.status !== 'drafted') throw new Error(`expected a draft, got ${result.status}`);
  return result;
}

describe('draftReply', () => {
  it('claims a refund, a return or a replacement only when the order shows it', () => {
    const bare: OrderFacts = { id: 'A-1', product: 'Phone X' };
    for (const lang of languages) {
      const without = drafted(review({ lang, order: bare, reasons: ['refund_problem'] }));
      expect(without.facts).not.toContain('refund_issued');
      for (const variant of ['offer', 'public'] as const) {
        const parts = composeDraft({ ...review({ order: bare }), reasons: ['refund_problem'] }, variant).body;
        expect(parts.some((p) => 'key' in p && p.key.startsWith('done.'))).toBe(false);
      }
      // The refund sentence's own words (the longer side of its date) appear in no draft.
      const [before = '', after = ''] = book.t(lang, 'done.refund', { date: '\u0000' }).split('\u0000');
      const refundWords = (before.length > after.length ? before : after).trim();
      for (const d of without.drafts) expect(d.text).not.toContain(refundWords);

      const order = { ...bare, refundedAt: '2026-05-08', replacementShippedAt: '2026-05-09' };
      const withFacts = drafted(review({ lang, order }));
      expect(withFacts.facts).toEqual(expect.arrayContaining(['refund_issued', 'replacement_shipped', 'order_id']));
      expect(withFacts.facts).not.toContain('return_accepted');
      const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-05-08'));
      for (const d of withFacts.drafts) expect(d.text).toContain(date);
    }
  });

  it('addresses each reason of the review with its own explanation and fix', () => {
    const r = review({ reasons: ['delivery_late', 'wrong_item', 'other'] });
    const result = drafted(r);
    expect(result.reasons).toEqual(['delivery_late', 'wrong_item']);
    const keys = composeDraft({ ...r, reasons: result.reasons }, 'offer').body.flatMap((p) =>
      'key' in p ? [p.key] : [],
    );
    for (const reason of result.reasons) {
      expect(keys.filter((k) => k.startsWith(`reason.${reason}.explain`))).toHaveLength(1);
      expect(keys).toContain(`reason.${reason}.fix_offer`);
    }
  });

  it.each([
    ['uk', [1, 2, 5, 21, 22, 11], ['1 день', '2 дні', '5 днів', '21 день', '22 дні', '11 днів']],
    ['ru', [1, 3, 5, 21], ['1 день', '3 дня', '5 дней', '21 день']],
    ['pl', [1, 2, 5, 22], ['1 dzień', '2 dni', '5 dni', '22 dni']],
    ['en', [1, 2], ['1 day later', '2 days later']],
    ['de', [1, 3], ['1 Tag', '3 Tage']],
  ] as const)('%s writes the days late with its own plural forms', (lang, counts, expected) => {
    counts.forEach((count, i) => {
      const promisedAt = '2026-05-01';
      const deliveredAt = new Date(Date.UTC(2026, 4, 1 + count)).toISOString().slice(0, 10);
      const result = drafted(
        review({ lang, reasons: ['delivery_late'], order: { id: 'A-2', promisedAt, deliveredAt } }),
      );
      expect(result.facts).toContain('days_late');
      for (const d of result.drafts) expect(d.text).toContain(expected[i]);
    });
  });

  it.each(languages)('%s: 100 drafts per variant are at least 90 percent distinct, with no seams', (lang) => {
    const texts = { offer: new Set<string>(), public: new Set<string>() };
    for (let i = 0; i < 100; i += 1) {
      const result = drafted(review({ id: `review-${i}`, lang, buyerName: null, sellerName: null }));
      for (const d of result.drafts) {
        texts[d.variant].add(d.text);
        expect(d.text).not.toMatch(/\{\{|\}\}|reason\.|\bundefined\b|\bnull\b/);
        expect(d.text).not.toMatch(/([.,;:!?。，！？])\1/);
      }
    }
    expect(texts.offer.size).toBeGreaterThanOrEqual(90);
    expect(texts.public.size).toBeGreaterThanOrEqual(90);
  });

  it('chooses the same wording for the same review every time', () => {
    const a = drafted(review({ id: 'same', lang: 'fi' }));
    const b = drafted(review({ id: 'same', lang: 'fi' }));
    expect(a.drafts).toEqual(b.drafts);
  });

  it("glosses the draft in the reader's language from the same parts and marks the seller's own text", () => {
    const r = review({ lang: 'pl', order: { id: 'A-3', product: 'Lampa' } });
    const result = drafted(r, 'en');
    const offer = result.drafts.find((d) => d.variant === 'offer');
    const composed = composeDraft({ ...r, reasons: result.reasons }, 'offer');
    expect(offer?.gloss).toBe(renderDraft(composed, 'en', 'pl', book));
    expect(offer?.gloss).toContain('A-3 (Lampa)');

    const noted = drafted(review({ lang: 'pl', note: 'Wyślemy kurierem DPD.' }), 'en');
    const gloss = noted.drafts[0]?.gloss ?? '';
    expect(gloss).toContain('[not translated] Wyślemy kurierem DPD.');
    expect(noted.drafts[0]?.text).toContain(' Wyślemy kurierem DPD. ');
  });

  it.each([
    ['en', 'I will talk to my lawyer about this', 'legal'],
    ['pl', 'To oszustwo, sprzedawca to oszust', 'fraud'],
    ['de', 'Das Ladegerät hat gequalmt, Rauch überall', 'safety'],
    ['uk', 'Зарядка загорілася, була пожежа', 'safety'],
    ['zh', '充电器起火了', 'safety'],
  ] as const)('%s: a review mentioning %s goes to a person', (lang, text, reason) => {
    const result = draftReply(review({ lang, text }), 'en', book);
    expect(result.status).toBe('escalated');
    if (result.status === 'escalated') expect(result.escalations.map((e) => e.reason)).toContain(reason);
  });

  it('drafts nothing for a positive review', () => {
    expect(draftReply(review({ negative: false }), 'en', book).status).toBe('not_negative');
  });
});
