import type { GuardPatterns } from './types.ts';

export const ms: GuardPatterns = {
  blame: [
    'salah (anda|awak|kamu) sendiri',
    'anda sepatutnya (baca|membaca|semak|menyemak)',
    'awak sepatutnya (baca|semak)',
    'anda tidak (baca|membaca|semak)',
    'baca(lah)? (penerangan|deskripsi)',
    'itu masalah (anda|awak)',
  ],
  dispute: [
    'ulasan (ini )?(palsu|tidak benar|fitnah)',
    '(itu|ini) tidak benar',
    'anda (berbohong|menipu kami)',
    'bukan salah kami',
    'kami tidak bersalah',
  ],
  removalDeal: [
    '(padam|buang|tukar|ubah)(kan)? (ulasan|penilaian|rating).{0,60}(bayaran balik|diskaun|baucar|kupon|hadiah|percuma|pampasan)',
    '(bayaran balik|diskaun|baucar|hadiah|pampasan).{0,60}(jika|kalau|selepas) anda (padam|buang|tukar|ubah)',
  ],
  address: ['(jalan|jln\\.?|lorong) [a-z]+ \\d+', 'no\\. ?\\d+,? (jalan|jln)'],
  legal: ['peguam', 'mahkamah', 'saman', 'tindakan undang-undang'],
  fraud: ['penipu', 'tipu', 'scam', 'penipuan'],
  safety: [
    'kebakaran',
    'terbakar',
    'berasap',
    'asap',
    'meletup',
    'cedera',
    'melecur',
    'renjatan elektrik',
    'hospital',
    'terlalu panas',
  ],
};
