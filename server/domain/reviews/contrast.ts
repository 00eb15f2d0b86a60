import type { DetectedLanguage } from './language.ts';

/**
 * Words that turn a review around ("nice watch, but four days to confirm an address"): what follows them is
 * what the buyer came to say. Sentiment analysis has long weighted the clause after "but" more (VADER does).
 */
export const contrastWords: Record<DetectedLanguage, readonly string[]> = {
  en: ['but', 'however', 'though', 'although', 'except', 'unfortunately'],
  uk: ['але', 'проте', 'однак', 'тільки', 'щоправда', 'на жаль'],
  ru: ['но', 'однако', 'только', 'правда', 'к сожалению', 'зато'],
  pl: ['ale', 'jednak', 'niestety', 'tylko', 'chociaż', 'choć'],
  fi: ['mutta', 'mut', 'paitsi', 'valitettavasti', 'tosin', 'vaikka'],
  fr: ['mais', 'cependant', 'pourtant', 'sauf', 'malheureusement', 'toutefois'],
  de: ['aber', 'jedoch', 'leider', 'allerdings', 'nur', 'trotzdem'],
  it: ['ma', 'però', 'purtroppo', 'tuttavia', 'peccato', 'solo che'],
  es: ['pero', 'sin embargo', 'aunque', 'lamentablemente', 'salvo', 'eso sí'],
  zh: ['但是', '可是', '不过', '只是', '可惜'],
  ms: ['tapi', 'tetapi', 'namun', 'cuma', 'malangnya', 'sayangnya'],
  id: ['tapi', 'tetapi', 'namun', 'cuma', 'sayangnya', 'sayang'],
};

/** One pattern per language, compiled once: whole words where words are spaced, substrings in Chinese. */
const patterns = Object.fromEntries(
  Object.entries(contrastWords).map(([lang, words]) => [
    lang,
    lang === 'zh'
      ? new RegExp(words.join('|'), 'u')
      : new RegExp(`(^|[^\\p{L}])(?:${words.join('|')})(?=[^\\p{L}]|$)`, 'u'),
  ]),
) as Record<DetectedLanguage, RegExp>;

/** The text after the first contrast word, or null when the review has none. */
export function afterContrast(text: string, lang: DetectedLanguage): string | null {
  const cut = text.toLowerCase().match(patterns[lang])?.index;
  if (cut === undefined) return null;
  const tail = text.slice(cut).trim();
  return tail.length > 0 ? tail : null;
}
