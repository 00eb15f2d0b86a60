import type { GuardPatterns } from './types.ts';

export const fi: GuardPatterns = {
  blame: [
    'oma (vikan|syynne|syysi|vikasi)',
    'itse (olette |olet )?syyllinen',
    '(teidän|sinun) (olisi pitänyt|pitäisi) (lukea|tarkistaa|katsoa)',
    'olisi pitänyt lukea',
    'lukekaa kuvaus',
    'ette (lukeneet|tarkistaneet)',
  ],
  dispute: [
    'arvostelu on (väärä|valheellinen|perätön)',
    '(tämä|se) ei pidä paikkaansa',
    'valehtelette',
    'emme ole syyllisiä',
    'ei ole meidän vikamme',
  ],
  removalDeal: [
    '(poistakaa|poista|muuttakaa|muuta) (arvostelu|arvio).{0,60}(hyvity|alennu|lahja|kuponki|ilmai)',
    '(hyvity|alennu|lahja|kuponki).{0,60}(jos|kun) (poistatte|muutatte|poistat|muutat)',
  ],
  address: ['[a-zåäö]+(katu|tie|kuja) \\d+'],
  legal: ['asianajaj', 'lakimie', 'oikeute', 'haaste', 'kuluttajariitalautakun'],
  fraud: ['huijau', 'huijari', 'petos', 'scam'],
  safety: ['tulipalo', 'syttyi', 'savu', 'räjähti', 'loukkaantu', 'palovamm', 'sähköisku', 'sairaala', 'ylikuumen'],
};
