import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { classify } from '../classifier/classifier.ts';
import type { ParsedArgs } from './command.ts';
import type { classifyDefinition } from './definitions.ts';

const inputLine = z.object({
  id: z.string().min(1).max(128),
  text: z.string().max(10_000),
  lang: z.string().min(2).max(3).nullable().optional(),
  rating: z.number().int().min(1).max(5).nullable().optional(),
});

/**
 * `classify`: JSON Lines in on stdin (`{"id","text","lang"}`), one classification out per line on stdout, in
 * the same order, streaming with backpressure (constant memory on any input size). A bad line gets an
 * `error` object in its place and a `line N: …` message on stderr.
 */
export async function classifyCommand(_args: ParsedArgs<typeof classifyDefinition>): Promise<number> {
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
  for await (const line of lines) {
    lineNo += 1;
    if (!line.trim()) continue;
    let parsed: z.infer<typeof inputLine>;
    try {
      parsed = inputLine.parse(JSON.parse(line));
    } catch (error) {
      bad += 1;
      const message =
        error instanceof z.ZodError
          ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
          : 'invalid JSON';
      process.stderr.write(`line ${lineNo}: ${message}\n`);
      buffer += `${JSON.stringify({ id: null, line: lineNo, error: message })}\n`;
      continue;
    }
    const c = classify(parsed);
    buffer += `${JSON.stringify({ id: parsed.id, lang: c.lang, sentiment: c.sentiment, reasons: c.reasons, component: c.component, confidence: c.confidence })}\n`;
    if (buffer.length > 64 * 1024) await flush();
  }
  await flush();
  return bad > 0 ? 1 : 0;
}
