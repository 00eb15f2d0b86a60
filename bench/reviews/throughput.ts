import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { classify } from '../../server/classifier/classifier.ts';
import { reviewTextsOf, textsByLanguage } from '../../server/demo/texts/index.ts';

/**
 * `npm run bench:reviews`: classification throughput (language detection included) against two baselines
 * measured in the same run — a JSON parse + stringify pass (the ceiling of any classify CLI) and a naive
 * keyword classifier (substring tests) — and the classify CLI's memory on a large streamed input.
 */
const texts = Object.values(textsByLanguage).flatMap(reviewTextsOf);
const N = Number(process.argv[2] ?? 200_000);
const lines = Array.from({ length: N }, (_, i) =>
  JSON.stringify({ id: `r${i}`, text: texts[i % texts.length], lang: null }),
);

function rate(label: string, work: (line: string) => string): number {
  for (let i = 0; i < 20_000; i++) work(lines[i % lines.length] ?? '');
  const started = performance.now();
  let bytes = 0;
  for (const line of lines) bytes += work(line).length;
  const perSecond = N / ((performance.now() - started) / 1000);
  console.log(
    `${label.padEnd(28)} ${Math.round(perSecond).toLocaleString('en').padStart(9)} reviews/s  (${bytes} bytes out)`,
  );
  return perSecond;
}

const naiveWords: Record<string, string[]> = {
  delivery_late: [
    'late',
    'waiting',
    'запізн',
    'опозд',
    'spóźn',
    'retard',
    'verspät',
    'ritard',
    'tarde',
    '慢',
    'lambat',
  ],
  refund_problem: ['refund', 'поверн', 'возврат', 'zwrot', 'rembours', 'erstatt', 'rimbors', 'reembols', '退款'],
  defective_item: [
    'broken',
    'не працю',
    'не работ',
    'nie dział',
    'marche pas',
    'defekt',
    'non funziona',
    'no funciona',
    '坏',
  ],
};
const ceiling = rate('JSON parse + stringify', (line) => JSON.stringify(JSON.parse(line)));
const naive = rate('naive keyword classifier', (line) => {
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  const lower = text.toLowerCase();
  const found = Object.entries(naiveWords)
    .filter(([, words]) => words.some((w) => lower.includes(w)))
    .map(([r]) => r);
  return JSON.stringify({ id, reasons: found });
});
const ours = rate('SellerLens classify', (line) => {
  const { id, text, lang } = JSON.parse(line) as { id: string; text: string; lang: string | null };
  return JSON.stringify({ id, ...classify({ text, lang }) });
});
console.log(
  `\nclassify = ${(ours / ceiling).toFixed(2)}× the JSON ceiling, ${(ours / naive).toFixed(2)}× the naive keyword classifier`,
);

// Memory stays flat: stream 1× and then 10× the lines through the CLI and compare their peak RSS.
async function streamThroughCli(rounds: number): Promise<{ lines: number; seconds: number; rssPeakMb: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/index.ts', 'classify'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let outLines = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) outLines += 1;
  });
  let rssPeak = 0;
  const sampler = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      rssPeak = Math.max(rssPeak, Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0));
    } catch {
      // The child has exited between samples.
    }
  }, 50);
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < lines.length; i += 1_000) {
      if (!child.stdin.write(`${lines.slice(i, i + 1_000).join('\n')}\n`)) await once(child.stdin, 'drain');
    }
  }
  child.stdin.end();
  await once(child, 'exit');
  clearInterval(sampler);
  return { lines: outLines, seconds: (performance.now() - started) / 1000, rssPeakMb: rssPeak / 1024 };
}
const small = await streamThroughCli(1);
const large = await streamThroughCli(10);
for (const run of [small, large]) {
  console.log(
    `classify CLI: ${run.lines.toLocaleString('en')} lines in ${run.seconds.toFixed(1)} s (${Math.round(run.lines / run.seconds).toLocaleString('en')}/s), peak RSS ${Math.round(run.rssPeakMb)} MB`,
  );
}
console.log(
  `peak RSS at 10× the input = ${(large.rssPeakMb / small.rssPeakMb).toFixed(2)}× the peak at 1× (flat is ~1)`,
);
