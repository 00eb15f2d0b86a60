import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Reason } from '../../shared/reasons.ts';
import { type Classification, classifyReview } from '../domain/reviews/classify.ts';
import { lexicons, sourceLexicons } from '../domain/reviews/lexicons/index.ts';
import { type ReasonModel, type TrainingExample, trainReasonModel } from '../domain/reviews/model.ts';
import { labelledReview } from './labelled.ts';

const trainingFolder = fileURLToPath(new URL('./training/', import.meta.url));

/** The shipped training reviews (server/reviews/training/<lang>.jsonl); never the evaluation set. */
export function trainingReviews(folder = trainingFolder): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    readFileSync(`${folder}/${file}`, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const parsed = labelledReview.safeParse(JSON.parse(line));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new Error(`training/${file} line ${i + 1}: ${issue?.path.join('.')}: ${issue?.message}`);
        }
        examples.push({ text: parsed.data.text, reasons: parsed.data.reasons });
      });
  }
  return examples;
}

/** Every lexicon phrase as a tiny example of its reason; praise phrases as examples of no complaint. */
export function lexiconExamples(): TrainingExample[] {
  const examples: TrainingExample[] = [];
  const clean = (phrase: string) => phrase.replaceAll('*', '');
  for (const lexicon of Object.values(sourceLexicons)) {
    for (const [reason, phrases] of Object.entries(lexicon.reasons) as [Reason, string[]][])
      for (const phrase of phrases) examples.push({ text: clean(phrase), reasons: [reason], weight: 0.5 });
    for (const phrase of lexicon.positive) examples.push({ text: clean(phrase), reasons: [], weight: 0.5 });
  }
  return examples;
}

let trained: ReasonModel | undefined;

/** The reason model, trained once per process on first use (about 0.x s). */
export function reasonModel(): ReasonModel {
  trained ??= trainReasonModel([...lexiconExamples(), ...trainingReviews()]);
  return trained;
}

/** Classifies a review with the lexicons and the trained reason model. */
export function classify(input: { text: string; lang?: string | null; rating?: number | null }): Classification {
  return classifyReview(input, lexicons, reasonModel());
}
