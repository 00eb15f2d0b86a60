import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fi } from './fi.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ms } from './ms.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';
import type { DemoLanguage, ReviewTexts } from './types.ts';
import { uk } from './uk.ts';
import { zh } from './zh.ts';

export { type DemoLanguage, demoLanguages, type ReviewTexts } from './types.ts';

/** Hand-written demo texts by language. */
export const textsByLanguage: Record<DemoLanguage, ReviewTexts> = { en, uk, ru, pl, fi, fr, de, it, es, zh, ms };

/** Every review text of one language: negatives by reason, faulty parts, praise and mixed reviews. */
export function reviewTextsOf(texts: ReviewTexts): string[] {
  return [
    ...Object.values<string[]>(texts.negative).flat(),
    ...Object.values<string[]>(texts.defectiveByComponent).flat(),
    ...texts.positive,
    ...texts.mixed,
  ];
}
