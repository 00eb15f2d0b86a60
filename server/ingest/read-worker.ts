import { parentPort, workerData } from 'node:worker_threads';
import type { ImportEvent } from '../../shared/events.ts';
import { prepareBatch } from '../db/ingest-batch.ts';
import { readEventBatches } from './read-events.ts';
import type { BadLine, FromReader, ReaderJob, ToReader } from './reader-messages.ts';

/**
 * The importer's reading half, on its own thread: reads, validates and prepares batches, and posts each one
 * in file order. It runs at most `ahead` batches ahead of what the writer has committed, so memory stays
 * bounded however fast the file reads.
 */
const port = parentPort;
if (!port) throw new Error('read-worker runs as a worker thread');
const job = workerData as ReaderJob;

let acknowledged = 0;
let posted = 0;
let wake: (() => void) | null = null;
port.on('message', (message: ToReader) => {
  if (message.kind !== 'committed') return;
  acknowledged += 1;
  wake?.();
});

function post(message: FromReader): void {
  port?.postMessage(message);
}

async function untilWriterCatchesUp(): Promise<void> {
  while (posted - acknowledged >= job.ahead) await new Promise<void>((resolve) => (wake = resolve));
  wake = null;
}

async function read(): Promise<void> {
  const progress = { bytesRead: 0 };
  let events: ImportEvent[] = [];
  let badLines: BadLine[] = [];
  let lastLine = 0;
  const flush = async () => {
    await untilWriterCatchesUp();
    post({
      kind: 'batch',
      batch: prepareBatch(events),
      events: events.length,
      throughLine: lastLine,
      badLines,
      bytesRead: progress.bytesRead,
    });
    posted += 1;
    events = [];
    badLines = [];
  };
  for await (const chunk of readEventBatches(job.path, progress)) {
    for (const read of chunk) {
      lastLine = read.line;
      if (read.event) events.push(read.event);
      else badLines.push({ line: read.line, message: read.error });
      if (events.length >= job.batchSize) await flush();
    }
  }
  if (events.length > 0) await flush();
  post({ kind: 'done', lines: lastLine, badLines });
}

await read();
