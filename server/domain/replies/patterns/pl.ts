import type { GuardPatterns } from './types.ts';

export const pl: GuardPatterns = {
  blame: [
    'sam(a|i)? (jest )?(pan|pani|państwo)? ?sobie winn',
    'sam(a|i)? sobie winn',
    'to (pana|pani|państwa|twoja) win',
    'trzeba było (czytać|przeczytać|sprawdzić|uważ)',
    'należało (czytać|przeczytać|sprawdzić)',
    'nie (przeczytał|sprawdził)(a|i)? (pan|pani|państwo)? ?opisu',
    'proszę czytać opis',
  ],
  dispute: [
    'opinia (jest )?(nieprawdziwa|fałszywa|kłamliwa)',
    'to nieprawda',
    '(pan|pani|państwo) kłam',
    'nie ponosimy winy',
    'to nie nasza wina',
  ],
  removalDeal: [
    '(usuń|usunąć|usuną|zmień|zmienić|zmienią) (swoją |tę |tą )?(opini|ocen).{0,60}(zwrot|rabat|kupon|prezent|rekompens|gratis|darmow)',
    '(zwrot|rabat|kupon|prezent|rekompens).{0,60}(jeśli|jeżeli|gdy|po tym jak) (pan|pani|państwo)? ?(usun|zmieni)',
  ],
  address: ['ul\\. ?[a-ząćęłńóśźż]', 'ulica [a-ząćęłńóśźż]'],
  legal: ['prawnik', 'adwokat', '(do|w) sąd', 'sądow', 'pozew', 'pozw'],
  fraud: ['oszust', 'oszuk', 'naciąg', 'scam'],
  safety: [
    'pożar',
    'zapalił',
    'zapaliła',
    '(^|[^\\p{L}])dym',
    'wybuch',
    'eksplod',
    'obrażen',
    'poparzen',
    'porażen',
    'szpital',
    'przegrz',
  ],
};
