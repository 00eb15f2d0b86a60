import { stat } from 'node:fs/promises';
import { runsSideBySide } from '../db/query.ts';
import { refreshStatistics } from '../db/statistics.ts';
import type { Ingest } from './ingest.ts';
import { type ReadLine, readEventBatches } from './read-events.ts';
import { type ReaderPool, type ReaderThread, readersFor, startReaderPool } from './reader-pool.ts';

export interface ImportOptions {
  strict?: boolean;
  batchSize?: number;
  onBadLine?: (line: number, message: string) => void;
  /** Called after each committed batch: everything up to `throughLine` is stored. */
  onCommit?: (committed: { events: number; throughLine: number }) => void;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Reader threads started beforehand (the CLI starts them while the database opens); else started here. */
  readers?: ReaderPool;
}

export interface ImportSummary {
  lines: number;
  stored: number;
  rejected: number;
  /** True when --strict found a bad line and stored nothing. */
  aborted: boolean;
}

/**
 * Imports a JSON Lines or CSV file through the ingest path. Good lines are stored in batches, each batch
 * committed before it is acknowledged; bad lines are reported and never stop the good ones (unless strict).
 */
export async function importFile(ingest: Ingest, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const { db } = ingest;
  const totalBytes = (await stat(path)).size;
  if (options.strict) {
    const rejected = await countBadLines(path, options);
    if (rejected.rejected > 0) return { lines: rejected.lines, stored: 0, rejected: rejected.rejected, aborted: true };
  }
  // Reader threads read, validate and prepare batches (each every `readers`-th) while this one writes them,
  // committed in file order; a batch is acknowledged only once it is committed.
  const pool = options.readers ?? startReaderPool(readersFor(!runsSideBySide(db)));
  const job = { path, batchSize: options.batchSize ?? 2_000, ahead: 2 };
  try {
    const { lines, stored, rejected } = await pool.run(job, (readers) =>
      writeBatches(ingest, readers, totalBytes, options),
    );
    // A file is a bulk load: plan what comes next with the new data's statistics.
    if (stored > 0) await refreshStatistics(db);
    options.onProgress?.(totalBytes, totalBytes);
    return { lines, stored, rejected, aborted: false };
  } finally {
    if (!options.readers) await pool.close();
  }
}

interface Written {
  lines: number;
  stored: number;
  rejected: number;
}

async function writeBatches(
  ingest: Ingest,
  readers: ReaderThread[],
  totalBytes: number,
  options: ImportOptions,
): Promise<Written> {
  let stored = 0;
  let rejected = 0;
  for (let k = 0; ; k++) {
    const reader = readers[k % readers.length] as ReaderThread;
    const message = await reader.next();
    if (message.kind === 'done') return { lines: message.lines, stored, rejected };
    for (const bad of message.badLines) options.onBadLine?.(bad.line, bad.message);
    rejected += message.badLines.length;
    if (message.events > 0) await ingest.prepared(message.batch);
    reader.committed();
    stored += message.events;
    options.onCommit?.({ events: stored, throughLine: message.throughLine });
    options.onProgress?.(message.bytesRead, totalBytes);
  }
}

function handle(read: ReadLine, options: ImportOptions): boolean {
  if (read.event) return true;
  options.onBadLine?.(read.line, read.error);
  return false;
}

async function countBadLines(path: string, options: ImportOptions): Promise<{ lines: number; rejected: number }> {
  let lines = 0;
  let rejected = 0;
  for await (const chunk of readEventBatches(path)) {
    for (const read of chunk) {
      lines = read.line;
      if (!handle(read, options)) rejected += 1;
    }
  }
  return { lines, rejected };
}
