import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { generateDemoEvents, todayUtc } from '../demo/generate.ts';

const usage = 'usage: npm run cli -- demo-data [--sellers N] [--seed S] [--as-of YYYY-MM-DD] [--out file.jsonl]';
const MAX_SELLERS = 100_000;
const CHUNK_BYTES = 64 * 1024;

interface DemoDataArgs {
  sellers: number;
  seed: number;
  asOf: Date;
  out: string | null;
}

/** Parses the flags; returns an error message naming the flag when one is wrong. */
export function parseDemoDataArgs(args: string[], now = new Date()): DemoDataArgs | { error: string } {
  let values: { sellers?: string; seed?: string; 'as-of'?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        sellers: { type: 'string' },
        seed: { type: 'string' },
        'as-of': { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const sellersText = values.sellers ?? '50';
  const sellers = Number(sellersText);
  if (!/^\d+$/.test(sellersText) || sellers < 1 || sellers > MAX_SELLERS) {
    return { error: `--sellers: expected a positive integer (at most ${MAX_SELLERS}), got "${sellersText}"` };
  }
  const seedText = values.seed ?? '1';
  const seed = Number(seedText);
  if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(seed)) {
    return { error: `--seed: expected an integer, got "${seedText}"` };
  }
  let asOf = todayUtc(now);
  const asOfText = values['as-of'];
  if (asOfText !== undefined) {
    const parsed = new Date(`${asOfText}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(asOfText) ||
      Number.isNaN(parsed.getTime()) ||
      parsed.toISOString().slice(0, 10) !== asOfText
    ) {
      return { error: `--as-of: expected a date as YYYY-MM-DD, got "${asOfText}"` };
    }
    asOf = parsed;
  }
  if (values.out !== undefined && values.out.trim() === '') return { error: '--out: expected a file name' };
  return { sellers, seed, asOf, out: values.out ?? null };
}

/** Resolves when the stream wants more (or has closed); rejects on a stream error. */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', fail);
    };
    const done = () => {
      cleanup();
      resolve();
    };
    const fail = (error: Error) => {
      cleanup();
      reject(error);
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', fail);
  });
}

/** `demo-data`: writes the deterministic demo marketplace as JSON Lines, streaming with backpressure. */
export async function demoDataCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const parsed = parseDemoDataArgs(args);
  if ('error' in parsed) {
    console.error(`${parsed.error}\n${usage}`);
    return 2;
  }
  const started = performance.now();
  const stream = parsed.out ? createWriteStream(parsed.out) : process.stdout;
  // A holder, because the stream reports errors from a callback.
  const state: { error: Error | null } = { error: null };
  const onError = (error: Error) => {
    state.error = error;
  };
  stream.on('error', onError);
  const bar =
    parsed.out && process.stderr.isTTY
      ? new SingleBar({ format: 'demo-data [{bar}] {value}/{total} sellers | {events} events', hideCursor: true })
      : null;
  bar?.start(Math.max(6, parsed.sellers), 0, { events: 0 });

  let count = 0;
  let sellersDone = 0;
  let currentSeller: string | null = null;
  let buffer = '';
  const flush = async () => {
    const chunk = buffer;
    buffer = '';
    if (!stream.write(chunk)) await drained(stream);
  };
  try {
    for (const event of generateDemoEvents(parsed)) {
      if (state.error) break;
      buffer += `${JSON.stringify(event)}\n`;
      count += 1;
      if (
        event.type !== 'marketplace' &&
        event.type !== 'seller' &&
        'seller' in event &&
        event.seller !== currentSeller
      ) {
        if (currentSeller !== null) sellersDone += 1;
        currentSeller = event.seller;
        bar?.update(sellersDone, { events: count });
      }
      if (buffer.length >= CHUNK_BYTES) await flush();
    }
    if (!state.error && buffer) await flush();
    if (parsed.out && !state.error) {
      stream.end();
      await once(stream, 'finish');
    }
  } catch (error) {
    state.error ??= error instanceof Error ? error : new Error(String(error));
  } finally {
    bar?.update(Math.max(6, parsed.sellers), { events: count });
    bar?.stop();
    stream.off('error', onError);
  }
  const error = state.error;
  if (error) {
    // A closed pipe (`| head`) is the reader's choice, not an error.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    console.error(`demo-data: ${error.message}`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(
    `${count} events for ${Math.max(6, parsed.sellers)} sellers written to ${parsed.out ?? 'stdout'} in ${seconds} s`,
  );
  return 0;
}
