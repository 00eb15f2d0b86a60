import type { Component, Reason } from '../../../shared/reasons.ts';
import type { Rng } from '../random.ts';
import { contactFit, fitting, mixedFit, negativeFit, positiveFit } from './fit.ts';
import { textsByLanguage } from './index.ts';
import type { DemoLanguage } from './types.ts';

/** Picks a hand-written text that fits the reason, the faulty component and the product category. */
export function negativeText(
  rng: Rng,
  lang: DemoLanguage,
  reason: Reason,
  component: Component | null,
  category: string,
): string {
  const texts = textsByLanguage[lang];
  if (reason === 'defective_item' && component && rng.chance(0.75))
    return rng.pick(texts.defectiveByComponent[component]);
  return rng.pick(fitting(texts.negative[reason], negativeFit[reason], category));
}

export function positiveText(rng: Rng, lang: DemoLanguage, category: string): string {
  return rng.pick(fitting(textsByLanguage[lang].positive, positiveFit, category));
}

export function mixedText(rng: Rng, lang: DemoLanguage, category: string): string {
  return rng.pick(fitting(textsByLanguage[lang].mixed, mixedFit, category));
}

export function contactText(rng: Rng, lang: DemoLanguage, category: string): string {
  return rng.pick(fitting(textsByLanguage[lang].contacts, contactFit, category));
}
