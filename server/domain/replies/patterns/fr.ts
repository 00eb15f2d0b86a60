import type { GuardPatterns } from './types.ts';

export const fr: GuardPatterns = {
  blame: [
    'vous auriez dû (lire|vérifier|regarder|mesurer)',
    "c[’']est (de )?votre (faute|responsabilité)",
    'votre (propre )?faute',
    "vous n[’']avez pas (lu|vérifié|suivi)",
    'lisez la description',
    'il fallait (lire|vérifier)',
  ],
  dispute: [
    '(cet|votre) avis est (faux|mensonger|injuste)',
    "c[’']est faux",
    'vous mentez',
    "nous n[’']y sommes pour rien",
    'pas (de )?notre faute',
  ],
  removalDeal: [
    '(supprimez|supprimer|retirez|retirer|modifiez|modifier) (votre|cet) (avis|note|commentaire).{0,60}(rembours|réduction|remise|bon d|cadeau|gratuit|dédommag)',
    '(rembours|réduction|remise|cadeau|dédommag).{0,60}(si|dès que|une fois que) vous (supprimez|retirez|modifiez)',
  ],
  address: ['\\d+,? (rue|avenue|boulevard|bd|allée|chemin) '],
  legal: ['avocat', 'tribunal', 'porter plainte', 'déposé plainte', 'poursuite', 'justice', 'procès'],
  fraud: ['arnaque', 'escroc', 'escroquerie', 'voleur'],
  safety: ['incendie', 'pris feu', 'en feu', 'fumée', 'explos', 'bless', 'brûl', 'électrocut', 'hôpital', 'surchauff'],
};
