import type { GuardPatterns } from './types.ts';

export const es: GuardPatterns = {
  blame: [
    'debería haber (leído|revisado|mirado|comprobado)',
    'debió (leer|revisar|mirar|comprobar)',
    'es (culpa )?suya',
    'culpa suya',
    '(su|tu) culpa',
    'no (leyó|revisó|comprobó)',
    'lea la descripción',
  ],
  dispute: [
    '(esta|su) reseña es (falsa|injusta|mentira)',
    'eso no es verdad',
    'es mentira',
    'usted miente',
    'no es culpa nuestra',
    'no tenemos la culpa',
  ],
  removalDeal: [
    '(elimine|borre|quite|cambie|modifique) (su|la|esta) (reseña|valoración|opinión).{0,60}(reembols|descuento|cupón|regalo|gratis|compens)',
    '(reembols|descuento|cupón|regalo|compens).{0,60}(si|cuando|en cuanto) (elimina|borra|quita|cambia|modifica)',
  ],
  address: ['(calle|c/|avenida|avda\\.) ?[a-záéíóúñ]+,? \\d+'],
  legal: ['abogad', 'tribunal', 'denuncia', 'demandar', 'denunciar'],
  fraud: ['estafa', 'estafador', '(^|[^\\p{L}])timo([^\\p{L}]|$)', 'fraude'],
  safety: ['incendio', 'fuego', 'humo', 'explot', 'herid', 'quemad', 'descarga eléctrica', 'hospital', 'sobrecalent'],
};
