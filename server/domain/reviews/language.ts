/**
 * Language of a review among the marketplace's languages, built for short texts: the script decides
 * Chinese and Cyrillic; Ukrainian and Russian are told apart by their own letters and function words;
 * Latin-script languages by diacritics and frequent function words, including the words that separate
 * Malaysian Malay from Indonesian. Pure and allocation-light: tens of thousands of reviews a second.
 */
import { type LanguageProfiles, likeliestLanguage } from './language-profile.ts';

export const detectedLanguages = ['en', 'uk', 'ru', 'pl', 'fi', 'fr', 'de', 'it', 'es', 'zh', 'ms', 'id'] as const;
export type DetectedLanguage = (typeof detectedLanguages)[number];

export interface LanguageGuess {
  lang: DetectedLanguage | null;
  /** 0–1: how far the best language is ahead of the runner-up. */
  confidence: number;
}

type Latin = Exclude<DetectedLanguage, 'uk' | 'ru' | 'zh'>;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Frequent words that are rare in the other languages of the set (weights 1; doubled where decisive). */
const latinWords: Record<Latin, string[]> = {
  en: words(`the and is was it this that to of for with not but my have has had were are you they very would
    item order seller never still after just got did didn't don't wasn't it's i'm arrived received`),
  pl: words(`i w na nie się to jest że z do jak ale po za już co tak był była było bardzo mnie mi przez tylko
    jeszcze tego dla sprzedawca zamówienie paczka towar polecam nikt żadnego który która`),
  fi: words(`ja on ei se oli että kun mutta tuote tilaus myyjä vielä koska niin kuin myös jo hyvä huono
    tuli ole olen ollut mitään kanssa kaikki toimitus paketti eikä vaan kyllä kiitos sitten`),
  fr: words(`le la les et est un une des du pas que qui pour avec mais je il elle ce très sur au aux été
    commande vendeur produit reçu toujours rien jamais j'ai c'est n'est plus`),
  de: words(`der die das und ist nicht ein eine ich mit auf für es war aber sehr auch noch nach wurde bei
    bestellung verkäufer ware leider nichts immer schon wieder keine kein hat habe alles danke gut gute schnell
    schneller versand empfehlung zu zum zur dem den des im vom sich wie`),
  it: words(`il lo la gli le e è un una non che di per con ma ho sono molto anche ancora dopo nessuno
    ordine venditore prodotto arrivato mai più questo della del nel è stato tutto grazie bene posto come nelle
    nella al alla consegna giorni invece quasi si`),
  es: words(`el la los las y es un una no que de por con para pero muy ya me mi lo del al está todavía
    pedido vendedor producto llegó nadie nunca nada más estoy todo bien gracias bueno buena como`),
  ms: words(`tak sahaja kerana boleh pun lah je dah nak ni tu sikit macam penghantaran kedai tiada rosak skrin
    selepas sahkan pelik habuk duit kekunci`),
  id: words(`gak nggak enggak banget bisa karena saja sih dong deh kok udah aja pengiriman toko kak bener
    cepet rusak layar setelah aneh debu uang barangnya penjualnya`),
};

/** Words Malay and Indonesian share: they count for both, and the decisive words above choose. */
const malayIndonesian = words(`barang penjual sangat dengan yang saya tapi belum lagi ke terima kasih cepat lambat beli
  hanya untuk sudah habis ada di dalam setiap beberapa kalau dari terus tidak sampai hari satu makin bila
  menunggu kotak sendiri kali gambar cuma betul kadang order produk ini itu juga masih`);
for (const lang of ['ms', 'id'] as const) latinWords[lang].push(...malayIndonesian);

/** Words shared by Malay and Indonesian count for both; these decide between them. */
const decisive: Partial<Record<Latin, string[]>> = {
  ms: words(
    'tak sahaja kerana boleh je dah nak ni tu sikit macam penghantaran kedai tiada rosak skrin selepas pelik habuk duit',
  ),
  id: words(
    'gak nggak enggak banget bisa karena saja sih dong deh kok udah aja pengiriman toko rusak layar setelah aneh uang',
  ),
};

const latinLetters: Partial<Record<Latin, RegExp>> = {
  pl: /[ąęłńśźż]/g,
  fi: /[äö]/g,
  de: /[äöüß]/g,
  fr: /[éèêëàâçîïôûùœ]/g,
  it: /[àèéìòù]/g,
  es: /[ñáéíóú¿¡]/g,
};

const wordWeights = new Map<string, [Latin, number][]>();
for (const [lang, list] of Object.entries(latinWords) as [Latin, string[]][]) {
  for (const word of list) {
    const weight = decisive[lang]?.includes(word) ? 3 : 1;
    const entry = wordWeights.get(word) ?? [];
    entry.push([lang, weight]);
    wordWeights.set(word, entry);
  }
}

const ukWords = new Set(
  words(`і й та що це як але вже ще був була було мені мене дуже його їх від
  замовлення продавець ніхто досі чому тому також щоб якщо коли відгук прийшов прийшла немає тільки лише усе
  зараз взагалі зовсім можна одразу який яка які потрібно неможливо тиждень після`),
);
const ruWords = new Set(
  words(`и что это как но уже еще ещё был была было мне меня очень его их от
  заказ продавец никто почему поэтому тоже чтобы если когда отзыв пришел пришёл пришла нет только всё
  сейчас вообще совсем нельзя сразу который которая которые нужно невозможно неделю после внутри`),
);

const HAN = /\p{Script=Han}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const WORD = /[\p{L}']+/gu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** What the character n-gram profiles add to the likeliest language: a tie-breaker worth two function words. */
const PROFILE_POINTS = 2;
const latinCandidates: readonly Latin[] = ['en', 'pl', 'fi', 'fr', 'de', 'it', 'es', 'ms'];

export function detectLanguage(text: string, profiles?: LanguageProfiles): LanguageGuess {
  const han = count(text, HAN);
  const cyrillic = count(text, CYRILLIC);
  const latin = count(text, LATIN);
  const letters = han + cyrillic + latin;
  if (letters === 0) return { lang: null, confidence: 0 };
  if (han * 3 >= letters) return { lang: 'zh', confidence: Math.min(1, han / letters + 0.3) };
  const lower = text.toLowerCase();
  if (cyrillic >= latin) return ukrainianOrRussian(lower, profiles);
  return latinLanguage(lower, profiles);
}

function ukrainianOrRussian(text: string, profiles?: LanguageProfiles): LanguageGuess {
  let uk = 3 * count(text, /[іїєґ]/g);
  let ru = 3 * count(text, /[ыэъё]/g);
  for (const word of text.match(WORD) ?? []) {
    if (ukWords.has(word)) uk += 1;
    if (ruWords.has(word)) ru += 1;
  }
  if (profiles && Math.abs(uk - ru) <= PROFILE_POINTS) {
    const likeliest = likeliestLanguage(profiles, text, ['uk', 'ru'] as const);
    if (likeliest === 'uk') uk += PROFILE_POINTS;
    if (likeliest === 'ru') ru += PROFILE_POINTS;
  }
  if (uk === ru) return { lang: 'uk', confidence: 0 };
  return { lang: uk > ru ? 'uk' : 'ru', confidence: Math.abs(uk - ru) / (uk + ru) };
}

/** The best-scoring language, its score and the runner-up's score. */
function leader<L extends string>(scores: Map<L, number>): { best: L | null; bestScore: number; second: number } {
  let best: L | null = null;
  let bestScore = 0;
  let second = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      second = bestScore;
      best = lang;
      bestScore = score;
    } else if (score > second) {
      second = score;
    }
  }
  return { best, bestScore, second };
}

function latinLanguage(text: string, profiles?: LanguageProfiles): LanguageGuess {
  const scores = new Map<Latin, number>();
  const add = (lang: Latin, points: number) => scores.set(lang, (scores.get(lang) ?? 0) + points);
  for (const word of text.match(WORD) ?? []) {
    for (const [lang, weight] of wordWeights.get(word) ?? []) add(lang, weight);
  }
  for (const [lang, pattern] of Object.entries(latinLetters) as [Latin, RegExp][]) {
    const hits = count(text, pattern);
    if (hits) add(lang, Math.min(hits, 4) * 1.5);
  }
  // The profiles are worth two words: they can only change an answer that is two words close or none.
  const words = leader(scores);
  if (profiles && words.bestScore - words.second <= PROFILE_POINTS) {
    const likeliest = likeliestLanguage(profiles, text, latinCandidates);
    if (likeliest) add(likeliest, PROFILE_POINTS);
  }
  const decided = leader(scores);
  const { bestScore, second } = decided;
  let best = decided.best;
  if (!best) return { lang: 'en', confidence: 0 };
  // Malay and Indonesian share most words: Indonesian only when one of its own words decides it.
  if (best === 'id' && (scores.get('ms') ?? 0) === bestScore) best = 'ms';
  return { lang: best, confidence: (bestScore - second) / bestScore };
}
