import type { GuardPatterns } from './types.ts';

export const it: GuardPatterns = {
  blame: [
    'avrebbe dovuto (leggere|controllare|verificare)',
    'avresti dovuto (leggere|controllare|verificare)',
    "(è|e') (colpa )?(sua|tua)( colpa)?",
    'colpa (sua|tua|vostra)',
    'non ha (letto|controllato)',
    'legga la descrizione',
    'bastava leggere',
  ],
  dispute: [
    '(la sua|questa) recensione è (falsa|ingiusta|non veritiera)',
    'non è vero',
    'lei mente',
    'non è colpa nostra',
    'non abbiamo colpa',
  ],
  removalDeal: [
    '(rimuova|elimini|cancelli|modifichi|togliere|rimuovere) (la|la sua|questa) (recensione|valutazione).{0,60}(rimbors|sconto|buono|coupon|regalo|gratis|omaggio)',
    '(rimbors|sconto|buono|regalo|omaggio).{0,60}(se|quando|appena) (rimuove|elimina|cancella|modifica)',
  ],
  address: ['(via|viale|piazza|corso) [a-zàèéìòù]+ \\d+'],
  legal: ['avvocat', 'tribunale', 'denunci', 'causa legale', 'querela'],
  fraud: ['truffa', 'truffator', 'imbroglio', 'fregatura'],
  safety: ['incendio', 'fuoco', 'fumo', 'esplo', 'ferit', 'ustion', 'scossa', 'ospedale', 'surriscald'],
};
