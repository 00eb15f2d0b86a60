import { type CompiledLexicons, compileLexicon } from '../classify.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fi } from './fi.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ms } from './ms.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';
import { zh } from './zh.ts';

/** Every language's lexicon as written (the reason model also learns from its phrases). */
export const sourceLexicons = { en, uk, ru, pl, fi, fr, de, it, es, ms, zh } as const;

/** Every language's lexicon, compiled once. Chinese has no spaces: its patterns are substrings. */
export const lexicons: CompiledLexicons = {
  en: compileLexicon(en),
  uk: compileLexicon(uk),
  ru: compileLexicon(ru),
  pl: compileLexicon(pl),
  fi: compileLexicon(fi),
  fr: compileLexicon(fr),
  de: compileLexicon(de),
  it: compileLexicon(it),
  es: compileLexicon(es),
  ms: compileLexicon(ms),
  zh: compileLexicon(zh, false),
};
