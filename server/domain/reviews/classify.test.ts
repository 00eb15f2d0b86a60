import { describe, expect, it } from 'vitest';
import { classifyReview, compileLexicon } from './classify.ts';
import type { Lexicon } from './lexicon.ts';
import { trainReasonModel } from './model.ts';

const empty = { battery: [], screen: [], charger: [], camera: [], speaker: [], keyboard: [] };
const lexicon: Lexicon = {
  reasons: {
    out_of_stock: ['out of stock', 'no stock'],
    price_changed: ['raised the price'],
    no_response_to_order: ['nobody answer*', 'never confirm*'],
    slow_communication: ['slow to reply'],
    delivery_late: ['still waiting', 'arrived late'],
    delivery_cost: ['shipping cost*'],
    wrong_item: ['wrong model'],
    damaged_item: ['arrived broken'],
    defective_item: ['stopped working', 'does not work'],
    description_mismatch: ['not as described'],
    rude_service: ['rude'],
    refund_problem: ['no refund', 'refund*'],
  },
  components: { ...empty, battery: ['batter*'], screen: ['screen*'] },
  positive: ['great', 'recommend*', 'good'],
  negative: ['terrible', 'disappoint*', 'bad'],
  negators: ['not', "don't", 'no'],
};
const compiled = { en: compileLexicon(lexicon) };
const classify = (text: string, rating?: number) => classifyReview({ text, lang: 'en', rating }, compiled);

describe('review classification engine', () => {
  it('matches stems and phrases across punctuation and case', () => {
    expect(classify('Nobody ANSWERS, still   waiting!!').reasons.sort()).toEqual([
      'delivery_late',
      'no_response_to_order',
    ]);
  });

  it('matches on word boundaries only ("Bruders" is not "rude")', () => {
    expect(classify('My brother and his Bruders liked it, great', 5).reasons).toEqual([]);
    expect(classify('Seller was rude', 1).reasons).toEqual(['rude_service']);
  });

  it('names a faulty component and implies a defect', () => {
    expect(classify('The battery dies in an hour, terrible', 1)).toMatchObject({
      reasons: ['defective_item'],
      component: 'battery',
    });
    expect(classify('Screen stopped working after a week', 2)).toMatchObject({
      reasons: ['defective_item'],
      component: 'screen',
    });
  });

  it('reads "not bad" and "don\'t recommend" by their negation', () => {
    expect(classify("Don't recommend, disappointing", 3).sentiment).toBe('negative');
    expect(classify('Not bad at all, great value', 3).sentiment).toBe('positive');
  });

  it('lets words outweigh the rating, and uses the rating when the words are silent', () => {
    expect(classify('Terrible, still waiting, nobody answers, disappointed', 3).sentiment).toBe('negative');
    expect(classify('ok', 5).sentiment).toBe('positive');
    expect(classify('hmm', 1)).toMatchObject({ sentiment: 'negative', reasons: ['other'] });
  });

  it('gives positive reviews no reasons and mixed ones their complaint', () => {
    expect(classify('Great phone, recommend', 5).reasons).toEqual([]);
    const mixed = classify('Great phone but the shipping costs were a surprise', 4);
    expect(mixed.sentiment).toBe('mixed');
    expect(mixed.reasons).toEqual(['delivery_cost']);
  });
});

describe('praise followed by a complaint', () => {
  const model = trainReasonModel([
    { text: 'four days to get an answer', reasons: ['slow_communication'] },
    { text: 'took a week to reply to my message', reasons: ['slow_communication'] },
    { text: 'days before anyone answered', reasons: ['slow_communication'] },
    { text: 'great phone, works well', reasons: [] },
    { text: 'good price, recommend', reasons: [] },
  ]);
  const withModel = (text: string) => classifyReview({ text, lang: 'en', rating: 5 }, compiled, { reasons: model });

  it('is mixed when the clause after "but" is a complaint the model knows', () => {
    expect(withModel('Great watch, but four days to get an answer about the strap')).toMatchObject({
      sentiment: 'mixed',
      reasons: ['slow_communication'],
    });
  });

  it('stays positive when the clause after "but" is praise', () => {
    expect(withModel('Was worried about the answer times but it is great, recommend')).toMatchObject({
      sentiment: 'positive',
      reasons: [],
    });
  });
});
