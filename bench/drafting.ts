/**
 * `npm run bench:drafting`: the median time of one reply draft (both variants with their gloss) as a
 * ratio against rendering one i18next string, measured in the same run; then the CLI's peak memory on a
 * 100,000-line stream, against the same CLI on 1,000 lines.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { draftForRequest } from '../server/services/drafting.ts';
import { createReplyPhrasebook } from '../shared/reply-i18n.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
function timeEach(n: number, run: (i: number) => void): number {
  const samples: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = process.hrtime.bigint();
    run(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const book = createReplyPhrasebook();
const langs = ['en', 'uk', 'ru', 'pl', 'fi', 'fr', 'de', 'it', 'es', 'zh', 'ms'] as const;
const one = timeEach(20_000, (i) => book.t(langs[i % langs.length] ?? 'en', 'ack.offer_1'));
const draft = timeEach(5_000, (i) =>
  draftForRequest(
    {
      id: `b-${i}`,
      text: 'late and broken',
      rating: 1,
      lang: langs[i % langs.length] ?? 'en',
      reasons: ['delivery_late', 'damaged_item'],
      sellerName: 'Shop',
      buyerName: 'Anna',
      order: {
        id: `o-${i}`,
        product: 'Lamp',
        promisedAt: '2026-05-01',
        deliveredAt: '2026-05-04',
        refundedAt: '2026-05-06',
      },
    },
    'en',
  ),
);
console.log(`one i18next string: ${(one * 1000).toFixed(1)} µs median`);
console.log(
  `one draft (2 variants + gloss): ${draft.toFixed(3)} ms median = ${(draft / one).toFixed(0)}× one string (target ≤ 2 ms)`,
);

async function cliPeakRss(lines: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/index.ts', 'draft-reply'], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  let peak = 0;
  // The CLI's own resident set, sampled from /proc (Linux) while it streams.
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {}
  }, 50);
  for (let i = 0; i < lines; i += 1) {
    const line = `${JSON.stringify({ id: `r${i}`, text: 'Paczka szła dwa tygodnie, lampa pęknięta.', rating: 1, lang: 'pl', reasons: ['delivery_late'], sellerName: 'S', buyerName: null, order: null })}\n`;
    if (!child.stdin.write(line)) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
  await new Promise((r) => child.once('exit', r));
  clearInterval(timer);
  return peak / 1024;
}
const small = await cliPeakRss(1_000);
const large = await cliPeakRss(100_000);
console.log(
  `CLI peak RSS: ${small.toFixed(0)} MB on 1,000 lines, ${large.toFixed(0)} MB on 100,000 lines (ratio ${(large / small).toFixed(2)})`,
);
