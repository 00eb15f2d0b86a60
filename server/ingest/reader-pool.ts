import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { reviewModels } from '../classifier/classifier.ts';
import type { FromReader, JobMessage, ReaderJob, ToReader } from './reader-messages.ts';

/** One reader's side of an import in progress: its batches in file order, and the writer's acknowledgements. */
export interface ReaderThread {
  /** The next message in file order; rejects if the thread fails. */
  next(): Promise<JobMessage>;
  /** Tells the reader a batch is committed, so it may prepare one more. */
  committed(): void;
}

/**
 * Reader threads that outlive one import. A thread takes 1-1.5 s to start (its own module loader, zod's and
 * drizzle's modules) and the classifier's models about 0.5 s to train; a pool pays that once, and the CLI starts
 * it while the database opens. Imports through one pool run one after another.
 */
export interface ReaderPool {
  readonly size: number;
  /** Milliseconds from the pool's start until every thread had loaded and had the models. */
  ready(): Promise<number>;
  /** Waits for the previous import to finish, then hands this one's job to every thread. */
  run<T>(job: Omit<ReaderJob, 'reader' | 'readers'>, work: (readers: ReaderThread[]) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Reading, validating and classifying cost about as much CPU as PostgreSQL's writing, so against a server two
 * readers keep the second core busy whenever the database waits for a batch (measured 6-13% more events/s).
 * PGlite writes on this process's main thread, which a second reader would only compete with.
 */
export function readersFor(databaseInProcess: boolean): number {
  return databaseInProcess ? 1 : Math.min(2, availableParallelism());
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

export function startReaderPool(size: number): ReaderPool {
  const started = performance.timeOrigin + performance.now();
  const threads = Array.from({ length: size }, () => new PooledThread());
  // Trained on this thread while the others load their modules, once rather than once per thread; deferred a
  // turn so that whoever starts the pool can start opening the database first.
  const models = new Promise<void>((resolve, reject) =>
    setImmediate(() => {
      try {
        const trained = reviewModels();
        for (const thread of threads) thread.send({ kind: 'models', models: trained });
        resolve();
      } catch (error) {
        reject(error);
      }
    }),
  );
  let previous: Promise<unknown> = models;
  let closed = false;
  const ready = Promise.all(threads.map((thread) => thread.ready)).then((at) => Math.max(...at) - started);
  ready.catch(() => undefined);
  return {
    size,
    ready: () => ready,
    run(job, work) {
      const run = previous.then(async () => {
        if (closed) throw new Error('the import reader pool is closed');
        const readers = threads.map((thread, reader) => thread.start({ ...job, reader, readers: size }));
        try {
          return await work(readers);
        } finally {
          // A thread that did not finish its share (the writer failed) is replaced, not reused mid-file.
          threads.forEach((thread, i) => {
            if (!thread.idle()) threads[i] = thread.replace(models);
          });
        }
      });
      previous = run.catch(() => undefined);
      return run;
    },
    async close() {
      closed = true;
      await Promise.all(threads.map((thread) => thread.terminate()));
    },
  };
}

/** A worker thread with the queue of its current job's messages. */
class PooledThread {
  private readonly worker: Worker;
  private queued: JobMessage[] = [];
  private waiting: { resolve: (m: JobMessage) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;
  private busy = false;
  /** When (epoch ms) the thread had loaded its modules and had the models; rejects if it failed before. */
  readonly ready: Promise<number>;
  private readied: (at: number) => void = () => undefined;
  private notReady: (error: Error) => void = () => undefined;

  constructor() {
    this.ready = new Promise<number>((resolve, reject) => {
      this.readied = resolve;
      this.notReady = reject;
    });
    // A thread that fails before it is ready fails the import that uses it; nobody need wait for this.
    this.ready.catch(() => undefined);
    this.worker = new Worker(bootstrap, {
      eval: true,
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb },
    });
    // An idle pool does not keep the process alive; a job in progress does.
    this.worker.unref();
    this.worker.on('message', (message: FromReader) => this.receive(message));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the import's reader thread stopped (exit code ${code})`)));
  }

  send(message: ToReader): void {
    this.worker.postMessage(message);
  }

  start(job: ReaderJob): ReaderThread {
    this.busy = true;
    this.queued = [];
    this.worker.ref();
    this.send({ kind: 'job', job });
    return {
      next: () => this.next(),
      committed: () => this.send({ kind: 'committed' }),
    };
  }

  idle(): boolean {
    return !this.busy && this.failure === null;
  }

  /** A fresh thread in this one's place (given the models once they are trained). */
  replace(models: Promise<void>): PooledThread {
    void this.terminate();
    const fresh = new PooledThread();
    void models.then(
      () => fresh.send({ kind: 'models', models: reviewModels() }),
      () => undefined,
    );
    return fresh;
  }

  async terminate(): Promise<void> {
    this.failure ??= new Error('the import reader pool is closed');
    await this.worker.terminate();
  }

  private next(): Promise<JobMessage> {
    const message = this.queued.shift();
    if (message) return this.settle(message);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject })).then((m) =>
      this.settle(m as JobMessage),
    );
  }

  /** The job's last message returns the thread to the pool. */
  private settle(message: JobMessage): Promise<JobMessage> {
    if (message.kind === 'done') {
      this.busy = false;
      this.worker.unref();
    }
    return Promise.resolve(message);
  }

  private receive(message: FromReader): void {
    if (message.kind === 'ready') {
      this.readied(message.at);
      return;
    }
    const waiting = this.waiting;
    if (!waiting) {
      this.queued.push(message);
      return;
    }
    this.waiting = null;
    waiting.resolve(message);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.notReady(this.failure);
    this.waiting?.reject(this.failure);
    this.waiting = null;
  }
}
