import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { reviewModels } from '../reviews/classifier.ts';
import type { FromReader, ReaderJob, ToReader } from './reader-messages.ts';

export interface ReaderThread {
  /** The next message in file order; rejects if the thread fails. */
  next(): Promise<FromReader>;
  /** Tells the reader a batch is committed, so it may prepare one more. */
  committed(): void;
  /** Posts a message to the reader (the classifier's models, once). */
  send(message: ToReader): void;
  close(): Promise<void>;
}

/**
 * Parsing, validation and classification allocate a short-lived object or three per field; with V8's default
 * 16 MB semi-space a batch outlives several scavenges and is copied each time (GC was ~40% of import CPU).
 * A young generation that holds a few batches lets them die young.
 */
const youngGenerationMb = 192;

// The worker is TypeScript like the rest: it registers tsx's loader first, whether or not the parent has it.
const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./read-worker.ts', import.meta.url).href)}); })`;

/**
 * Reading, validating and classifying cost about as much CPU as PostgreSQL's writing, so against a server two
 * readers keep the second core busy whenever the database waits for a batch (measured 6-13% more events/s).
 * PGlite writes on this process's main thread, which a second reader would only compete with.
 */
export function startReaders(job: Omit<ReaderJob, 'reader' | 'readers'>, databaseInProcess: boolean): ReaderThread[] {
  const readers = databaseInProcess ? 1 : Math.min(2, availableParallelism());
  const threads = Array.from({ length: readers }, (_, reader) => startReaderThread({ ...job, reader, readers }));
  // Trained here while the threads load their modules (a server has them trained already), not once per thread.
  try {
    const models = reviewModels();
    for (const thread of threads) thread.send({ kind: 'models', models });
  } catch (error) {
    for (const thread of threads) void thread.close();
    throw error;
  }
  return threads;
}

function startReaderThread(job: ReaderJob): ReaderThread {
  const worker = new Worker(bootstrap, {
    eval: true,
    workerData: job,
    resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
  });
  const send = (message: ToReader) => worker.postMessage(message);
  const queued: FromReader[] = [];
  let waiting: { resolve: (m: FromReader) => void; reject: (e: Error) => void } | null = null;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    waiting?.reject(failure);
    waiting = null;
  };
  worker.on('message', (message: FromReader) => {
    if (waiting) {
      waiting.resolve(message);
      waiting = null;
    } else queued.push(message);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the import's reader thread stopped (exit code ${code})`)));
  return {
    next() {
      const message = queued.shift();
      if (message) return Promise.resolve(message);
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => (waiting = { resolve, reject }));
    },
    committed: () => send({ kind: 'committed' }),
    send,
    async close() {
      await worker.terminate();
    },
  };
}
