import type { ReviewModels } from '../classifier/classifier.ts';
import type { PreparedBatch } from '../db/ingest-batch.ts';

/** What the importer hands each reading thread, per file. */
export interface ReaderJob {
  path: string;
  /** Lines per batch: batch k holds lines k·batchSize + 1 … (k + 1)·batchSize. */
  batchSize: number;
  /** Batches the reader may prepare beyond the last one of its own committed. */
  ahead: number;
  /** This reader prepares batches k with k mod readers = reader, and posts every one of them, empty or not. */
  reader: number;
  readers: number;
}

export interface BadLine {
  line: number;
  message: string;
}

/** Reader → writer, per job in file order: each of its batches (events and bad lines), then done with the line count. */
export type JobMessage =
  | {
      kind: 'batch';
      batch: PreparedBatch;
      events: number;
      throughLine: number;
      badLines: BadLine[];
      bytesRead: number;
    }
  | { kind: 'done'; lines: number };

/**
 * What a reader thread posts: once that it has loaded its modules and has the models (`at`, epoch milliseconds:
 * the writer may be too busy to notice at once), then its jobs' messages.
 */
export type FromReader = JobMessage | { kind: 'ready'; at: number };

/**
 * Writer → reader: the classifier's models, trained by the writer while the reader starts (once, before the
 * first batch is prepared); then per import its job and, per batch, that one more is committed, so one more
 * may be prepared.
 */
export type ToReader =
  | { kind: 'models'; models: ReviewModels }
  | { kind: 'job'; job: ReaderJob }
  | { kind: 'committed' };
