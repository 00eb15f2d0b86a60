import { parentPort } from 'node:worker_threads';
import type { ImportEvent } from '../../shared/events.ts';
import { useReviewModels } from '../classifier/classifier.ts';
import { prepareBatch } from '../db/ingest-batch.ts';
import { compiledValidators } from './compiled-events.ts';
import { reviewLabels } from './labels.ts';
import { readEventBatches } from './read-events.ts';
import type { BadLine, FromReader, ReaderJob, ToReader } from './reader-messages.ts';

/**
 * One of the importer's pooled readers, on its own thread. Per job it reads the file, validates and prepares
 * its share of the batches (every `readers`-th), and posts each of them in order. It runs at most `ahead`
 * batches ahead of what the writer has committed of its share, so memory stays bounded however fast the file
 * reads. Jobs come one at a time: the pool hands out the next only after this one's `done`.
 */
const port = parentPort;
if (!port) throw new Error('read-worker runs as a worker thread');
// While the writer opens the database, not on the first line of the first import.
compiledValidators();

interface Progress {
  acknowledged: number;
  posted: number;
  wake: (() => void) | null;
}
let current: Progress = { acknowledged: 0, posted: 0, wake: null };

let modelsArrived: () => void = () => undefined;
const models = new Promise<void>((resolve) => (modelsArrived = resolve));

port.on('message', (message: ToReader) => {
  if (message.kind === 'models') {
    useReviewModels(message.models);
    modelsArrived();
    post({ kind: 'ready', at: performance.timeOrigin + performance.now() });
  } else if (message.kind === 'committed') {
    current.acknowledged += 1;
    current.wake?.();
  } else {
    current = { acknowledged: 0, posted: 0, wake: null };
    void read(message.job, current);
  }
});

function post(message: FromReader): void {
  port?.postMessage(message);
}

async function untilWriterCatchesUp(job: ReaderJob, progress: Progress): Promise<void> {
  while (progress.posted - progress.acknowledged >= job.ahead) {
    await new Promise<void>((resolve) => (progress.wake = resolve));
  }
  progress.wake = null;
}

async function read(job: ReaderJob, state: Progress): Promise<void> {
  const batchOf = (line: number) => Math.floor((line - 1) / job.batchSize);
  const mine = (batch: number) => batch % job.readers === job.reader;
  const progress = { bytesRead: 0, lines: 0 };
  let events: ImportEvent[] = [];
  let badLines: BadLine[] = [];
  // The next batch of this reader's share to post; batches before it are posted.
  let next = job.reader;
  const flush = async (throughLine: number) => {
    await models;
    await untilWriterCatchesUp(job, state);
    post({
      kind: 'batch',
      batch: prepareBatch(events, reviewLabels),
      events: events.length,
      throughLine,
      badLines,
      bytesRead: progress.bytesRead,
    });
    state.posted += 1;
    next += job.readers;
    events = [];
    badLines = [];
  };
  // Batches of this share that end before `line` are complete (empty ones too: the writer waits for each).
  const flushBefore = async (line: number) => {
    while (next < batchOf(line)) await flush((next + 1) * job.batchSize);
  };
  for await (const chunk of readEventBatches(job.path, progress, (line) => mine(batchOf(line)))) {
    for (const read of chunk) {
      // Awaited only at a batch boundary: an await per line cost a microtask per line.
      if (next < batchOf(read.line)) await flushBefore(read.line);
      if (read.event) events.push(read.event);
      else badLines.push({ line: read.line, message: read.error });
    }
  }
  const lines = progress.lines;
  await flushBefore(lines + 1);
  if (next === batchOf(lines) && lines > 0) await flush(lines);
  post({ kind: 'done', lines });
}
