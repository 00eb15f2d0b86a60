import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { generateDemoEvents, todayUtc } from '../demo/generate.ts';
import type { ParsedArgs } from './command.ts';
import type { demoDataDefinition } from './definitions.ts';
import { counted } from './plural.ts';

const CHUNK_BYTES = 64 * 1024;

interface DemoDataArgs {
  sellers: number;
  seed: number;
  asOf: Date;
  out: string | null;
}

/** The generator's options from the parsed flags: the data ends today (UTC) unless --as-of says otherwise. */
export function demoDataOptions({ options }: ParsedArgs<typeof demoDataDefinition>, now = new Date()): DemoDataArgs {
  return {
    sellers: options.sellers,
    seed: options.seed,
    asOf: options['as-of'] ?? todayUtc(now),
    out: options.out ?? null,
  };
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
export async function demoDataCommand(args: ParsedArgs<typeof demoDataDefinition>): Promise<number> {
  const parsed = demoDataOptions(args);
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
  bar?.start(parsed.sellers, 0, { events: 0 });

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
    bar?.update(parsed.sellers, { events: count });
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
    `${counted(count, 'event', 'events')} for ${counted(parsed.sellers, 'seller', 'sellers')} written to ${parsed.out ?? 'stdout'} in ${seconds} s`,
  );
  return 0;
}
