import type { GuardPatterns } from './types.ts';

export const de: GuardPatterns = {
  blame: [
    'sie hätten (die beschreibung )?(lesen|prüfen|nachsehen|messen)',
    'selbst schuld',
    '(ihre|ihr) (eigene[rs]? )?(schuld|fehler)',
    'sie haben (die beschreibung )?nicht (gelesen|geprüft)',
    'lesen sie die beschreibung',
    'hätten sie (mal )?(gelesen|geprüft)',
  ],
  dispute: [
    '(diese|ihre) bewertung ist (falsch|unwahr|gelogen|unfair)',
    'das (stimmt (so )?nicht|ist nicht wahr|ist gelogen)',
    'sie lügen',
    'wir sind nicht schuld',
    'nicht unsere schuld',
  ],
  removalDeal: [
    '(löschen|entfernen|ändern) sie (ihre|die) bewertung.{0,60}(erstatt|rabatt|gutschein|geschenk|gratis|kostenlos|entschädig)',
    '(erstatt|rabatt|gutschein|geschenk|entschädig).{0,60}(wenn|sobald|falls) sie (die|ihre) bewertung (löschen|entfernen|ändern)',
  ],
  address: ['[a-zäöüß]+(straße|strasse|str\\.|weg|gasse|platz) \\d+'],
  legal: ['anwalt', 'vor gericht', 'gerichtlich', 'klage (ein|gegen)', 'verklag'],
  fraud: ['betrug', 'betrüger', 'abzocke', 'scam', 'abgezockt'],
  safety: [
    'in brand',
    'brandgeruch',
    'brannte',
    'feuer',
    'rauch',
    'qualm',
    'explod',
    'verletz',
    'verbrenn',
    'stromschlag',
    'krankenhaus',
    'überhitz',
  ],
};
