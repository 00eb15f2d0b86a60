import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { draftRequest, replyLanguage } from '../../shared/drafts.ts';
import { draftForRequest } from '../services/drafting.ts';
import type { ParsedArgs } from './command.ts';
import type { draftReplyDefinition } from './draft-reply-definition.ts';

/** A line as the issue gives it; a field left out counts as null, as if it had been written so. */
const inputLine = draftRequest.extend({
  rating: draftRequest.shape.rating.optional().default(null),
  lang: draftRequest.shape.lang.optional().default(null),
  reasons: draftRequest.shape.reasons.optional().default(null),
  sellerName: draftRequest.shape.sellerName.optional().default(null),
  buyerName: draftRequest.shape.buyerName.optional().default(null),
  order: draftRequest.shape.order.optional().default(null),
});

/**
 * `draft-reply [--gloss xx]`: JSON Lines of reviews on stdin, two lines per review on stdout (the `offer`
 * and the `public` variant, each with its gloss), streaming with backpressure so memory stays flat on any
 * input. A review that needs a person gets one `escalated` line, a positive one a `not_negative` line, and
 * a bad line an error line naming the field (and `line N: …` on stderr).
 */
export async function draftReplyCommand(parsed: ParsedArgs<typeof draftReplyDefinition>): Promise<number> {
  const gloss = replyLanguage.parse(parsed.options.gloss);
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let bad = 0;
  let buffer = '';
  const flush = async () => {
    if (!buffer) return;
    const chunk = buffer;
    buffer = '';
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  };
  const emit = (value: unknown) => {
    buffer += `${JSON.stringify(value)}\n`;
  };
  for await (const line of lines) {
    lineNo += 1;
    if (!line.trim()) continue;
    let review: z.infer<typeof inputLine>;
    try {
      review = inputLine.parse(JSON.parse(line));
    } catch (error) {
      bad += 1;
      const message =
        error instanceof z.ZodError
          ? error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ')
          : 'invalid JSON';
      process.stderr.write(`line ${lineNo}: ${message}\n`);
      emit({ id: null, line: lineNo, error: message });
      continue;
    }
    const result = draftForRequest(review, gloss);
    if (result.status === 'drafted') {
      for (const d of result.drafts)
        emit({
          id: review.id,
          variant: d.variant,
          lang: d.lang,
          reasons: result.reasons,
          text: d.text,
          gloss: d.gloss,
        });
    } else if (result.status === 'escalated') {
      emit({ id: review.id, status: 'escalated', lang: result.lang, escalations: result.escalations });
    } else {
      emit({ id: review.id, status: 'not_negative', lang: result.lang });
    }
    if (buffer.length > 64 * 1024) await flush();
  }
  await flush();
  return bad > 0 ? 1 : 0;
}
