import { fileURLToPath } from 'node:url';
import type { Reason } from '../../shared/reasons.ts';
import { type Classification, classifyReview } from '../domain/reviews/classify.ts';
import { type LanguageProfiles, trainLanguageProfiles } from '../domain/reviews/language-profile.ts';
import { lexicons, sourceLexicons } from '../domain/reviews/lexicons/index.ts';
import { type ReasonModel, type TrainingExample, trainReasonModel } from '../domain/reviews/model.ts';
import { readLabelledReviews } from './labelled.ts';

const trainingFolder = fileURLToPath(new URL('./training/', import.meta.url));

/** The shipped training reviews (server/classifier/training/*.jsonl, the labelled format); never the evaluation set. */
export function trainingReviews(folder = trainingFolder): TrainingExample[] {
  return readLabelledReviews(folder).map((r) => ({ text: r.text, reasons: r.reasons, lang: r.lang }));
}

/** A lexicon pattern as plain text: stems lose their `*`. */
const phraseText = (phrase: string) => phrase.replaceAll('*', '');

/** Every lexicon phrase as a tiny example of its reason; praise phrases as examples of no complaint. */
export function lexiconExamples(): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (const lexicon of Object.values(sourceLexicons)) {
    for (const [reason, phrases] of Object.entries(lexicon.reasons) as [Reason, string[]][])
      for (const phrase of phrases) examples.push({ text: phraseText(phrase), reasons: [reason], weight: 0.5 });
    for (const phrase of lexicon.positive) examples.push({ text: phraseText(phrase), reasons: [], weight: 0.5 });
  }
  return examples;
}

/**
 * Every text we ship for training in each language: lexicon phrases and training reviews. Never the demo
 * marketplace's texts, so the demo is judged as any marketplace would be.
 */
export function languageSamples(training = trainingReviews()): Record<string, string[]> {
  const samples: Record<string, string[]> = {};
  const add = (lang: string, texts: readonly string[]) => {
    samples[lang] ??= [];
    samples[lang].push(...texts);
  };
  for (const [lang, lexicon] of Object.entries(sourceLexicons)) {
    const phrases = [
      ...Object.values<string[]>(lexicon.reasons).flat(),
      ...Object.values<string[]>(lexicon.components).flat(),
      ...lexicon.positive,
      ...lexicon.negative,
    ];
    add(lang, phrases.map(phraseText));
  }
  for (const example of training) if (example.lang) add(example.lang, [example.text]);
  return samples;
}

export interface ReviewModels {
  reasons: ReasonModel;
  languages: LanguageProfiles;
}

let trained: ReviewModels | undefined;

/**
 * The reason model and language profiles, trained once per process on first use (0.3-0.6 s). They are typed
 * arrays, so a thread that has them can post them to another instead of it training its own.
 */
export function reviewModels(): ReviewModels {
  if (trained) return trained;
  const training = trainingReviews();
  trained = {
    reasons: trainReasonModel([...lexiconExamples(), ...training]),
    languages: trainLanguageProfiles(languageSamples(training)),
  };
  return trained;
}

/** Uses models another thread trained (`reviewModels()` there, posted here). */
export function useReviewModels(models: ReviewModels): void {
  trained = models;
}

/** Classifies a review with the lexicons, the trained reason model and the language profiles. */
export function classify(input: { text: string; lang?: string | null; rating?: number | null }): Classification {
  return classifyReview(input, lexicons, reviewModels());
}
