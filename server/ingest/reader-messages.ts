import type { PreparedBatch } from '../db/ingest-batch.ts';
import type { ReviewModels } from '../reviews/classifier.ts';

/** What the importer hands its reading thread. */
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

/** Reader → writer, in file order: each of its batches (events and bad lines), then done with the line count. */
export type FromReader =
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
 * Writer → reader: the classifier's models, trained by the writer while the reader starts (once, before the
 * first batch is prepared); then, per batch, that one more is committed, so one more may be prepared.
 */
export type ToReader = { kind: 'models'; models: ReviewModels } | { kind: 'committed' };
