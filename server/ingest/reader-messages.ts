import type { PreparedBatch } from '../db/ingest-batch.ts';

/** What the importer hands its reading thread. */
export interface ReaderJob {
  path: string;
  batchSize: number;
  /** Batches the reader may prepare beyond the last one committed. */
  ahead: number;
}

export interface BadLine {
  line: number;
  message: string;
}

/** Reader → writer, in file order: a prepared batch with the bad lines read before its last event, then done. */
export type FromReader =
  | {
      kind: 'batch';
      batch: PreparedBatch;
      events: number;
      throughLine: number;
      badLines: BadLine[];
      bytesRead: number;
    }
  | { kind: 'done'; lines: number; badLines: BadLine[] };

/** Writer → reader: one more batch is committed, so one more may be prepared. */
export type ToReader = { kind: 'committed' };
