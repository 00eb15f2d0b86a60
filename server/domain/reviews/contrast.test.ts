import { describe, expect, it } from 'vitest';
import { afterContrast } from './contrast.ts';

describe('the clause after a contrast word', () => {
  it('starts at the first contrast word of the review language', () => {
    expect(afterContrast('Nice watch, but four days to confirm an address', 'en')).toBe(
      'but four days to confirm an address',
    );
    expect(afterContrast('Produit top mais trois semaines de délai', 'fr')).toBe('mais trois semaines de délai');
    expect(afterContrast('耳机不错，但是快递太慢了', 'zh')).toBe('但是快递太慢了');
  });

  it('matches whole words only', () => {
    // "butter" and "Mainz" contain "but" / "ma"… but are not contrast words.
    expect(afterContrast('Smooth as butter, arrived early', 'en')).toBeNull();
    expect(afterContrast('Consegna a Mantova rapida', 'it')).toBeNull();
  });

  it('has nothing to say about a review without one', () => {
    expect(afterContrast('Works perfectly, thank you', 'en')).toBeNull();
  });
});
