import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';
import { likeliestLanguage, profileScores, trainLanguageProfiles } from './language-profile.ts';

const profiles = trainLanguageProfiles({
  de: ['geliefert verpackt bestellt zurückgeschickt', 'die Lieferung kam beschädigt an', 'ordentlich verpackt'],
  es: ['llegaron rotos los platos', 'el pedido llegó tarde', 'devolución del dinero'],
  en: ['the parcel arrived late', 'they never answered', 'refund refused'],
});

describe('character n-gram language profiles', () => {
  it('prefers the language whose word shapes the text shares', () => {
    expect(likeliestLanguage(profiles, 'Verpackung beschädigt geliefert', ['de', 'es', 'en'])).toBe('de');
    expect(likeliestLanguage(profiles, 'platos rotos', ['de', 'es', 'en'])).toBe('es');
  });

  it('has no opinion on text without words', () => {
    expect(likeliestLanguage(profiles, '123 !!!', ['de', 'es', 'en'])).toBeNull();
    expect([...profileScores(profiles, '').values()]).toEqual([0, 0, 0]);
  });

  it('decides short reviews without function words, which word lists alone read as English', () => {
    expect(detectLanguage('Fix geliefert, ordentlich verpackt.').lang).not.toBe('de');
    expect(detectLanguage('Fix geliefert, ordentlich verpackt.', profiles).lang).toBe('de');
  });
});
