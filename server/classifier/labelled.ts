import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { reasons } from '../../shared/reasons.ts';

/** A hand-labelled review (tests/fixtures/reviews/<lang>.jsonl): the ground truth the classifier is measured on. */
export const labelledReview = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
  lang: z.string().min(2),
  rating: z.number().int().min(1).max(5),
  sentiment: z.enum(['negative', 'mixed', 'positive']),
  reasons: z.array(z.enum(reasons)),
  component: z.string().nullable(),
  /** Who wrote it, in the cross-writer sets (a persona: terse, angry, non-native, …). */
  writer: z.string().min(1).optional(),
});
export type LabelledReview = z.infer<typeof labelledReview>;

/** Reads every labelled file in a folder (sorted by name); a bad line is an error naming the file and line. */
export function readLabelledReviews(folder: string): LabelledReview[] {
  const reviews: LabelledReview[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(folder, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`${file} line ${i + 1}: invalid JSON: ${(error as Error).message}`);
      }
      const parsed = labelledReview.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${file} line ${i + 1}: ${issue?.path.join('.')}: ${issue?.message}`);
      }
      reviews.push(parsed.data);
    });
  }
  return reviews;
}
