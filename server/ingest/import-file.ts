import { stat } from 'node:fs/promises';
import type { ImportEvent } from '../../shared/events.ts';
import type { Db } from '../db/client.ts';
import { applyEvents } from '../db/ingest.ts';
import { refreshStatistics } from '../db/statistics.ts';
import { type ReadLine, readEventBatches } from './read-events.ts';

export interface ImportOptions {
  strict?: boolean;
  batchSize?: number;
  onBadLine?: (line: number, message: string) => void;
  /** Called after each committed batch: everything up to `throughLine` is stored. */
  onCommit?: (committed: { events: number; throughLine: number }) => void;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export interface ImportSummary {
  lines: number;
  stored: number;
  rejected: number;
  /** True when --strict found a bad line and stored nothing. */
  aborted: boolean;
}

/**
 * Imports a JSON Lines or CSV file. Good lines are stored in batches, each batch committed before it is
 * acknowledged; bad lines are reported and never stop the good ones (unless strict).
 */
export async function importFile(db: Db, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const totalBytes = (await stat(path)).size;
  if (options.strict) {
    const rejected = await countBadLines(path, options);
    if (rejected.rejected > 0) return { lines: rejected.lines, stored: 0, rejected: rejected.rejected, aborted: true };
  }
  const batchSize = options.batchSize ?? 2_000;
  const progress = { bytesRead: 0 };
  let batch: ImportEvent[] = [];
  let lastLine = 0;
  let stored = 0;
  let rejected = 0;
  // One batch is written while the next is read and validated; writes stay in file order, and a batch is
  // acknowledged only once it is committed.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await writing;
    if (batch.length === 0) return;
    const events = batch;
    const throughLine = lastLine;
    batch = [];
    writing = applyEvents(db, events).then(() => {
      stored += events.length;
      options.onCommit?.({ events: stored, throughLine });
    });
    // A failed write surfaces at the next flush; until then it must not count as unhandled.
    writing.catch(() => undefined);
  };
  for await (const chunk of readEventBatches(path, progress)) {
    for (const read of chunk) {
      lastLine = read.line;
      if (!handle(read, options)) rejected += 1;
      else batch.push(read.event as ImportEvent);
      if (batch.length >= batchSize) {
        await flush();
        options.onProgress?.(progress.bytesRead, totalBytes);
      }
    }
  }
  await flush();
  await writing;
  // A file is a bulk load: plan what comes next with the new data's statistics.
  if (stored > 0) await refreshStatistics(db);
  options.onProgress?.(totalBytes, totalBytes);
  return { lines: lastLine, stored, rejected, aborted: false };
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
