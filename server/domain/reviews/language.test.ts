import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('language detection on short reviews', () => {
  const cases: [string, string][] = [
    ['Замовлення досі не відправили, ніхто не відповідає', 'uk'],
    ['Заказ до сих пор не отправили, никто не отвечает', 'ru'],
    ['Paczka przyszła uszkodzona, nie polecam', 'pl'],
    ['Tilaus ei ole vieläkään tullut', 'fi'],
    ['Colis reçu abîmé, très déçu du vendeur', 'fr'],
    ['Leider kam die Ware beschädigt an', 'de'],
    ['Il prodotto non è mai arrivato', 'it'],
    ['El pedido llegó tarde y roto', 'es'],
    ['卖家一直不回复，太失望了', 'zh'],
    ['Barang tak sampai lagi, penjual tak balas', 'ms'],
    ['Barangnya gak sampai, penjualnya gak bales banget', 'id'],
    ['The seller never answered my messages', 'en'],
  ];
  for (const [text, lang] of cases) {
    it(`reads "${text}" as ${lang}`, () => expect(detectLanguage(text).lang).toBe(lang));
  }

  it('has no answer for text without letters', () => {
    expect(detectLanguage('👍👍 !!! 123')).toEqual({ lang: null, confidence: 0 });
  });
});
