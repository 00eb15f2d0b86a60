import type { ImportEvent } from '../../shared/events.ts';
import type { Db } from '../db/client.ts';
import { type AffectedSellers, type Applied, applyPrepared } from '../db/ingest.ts';
import { type PreparedBatch, prepareBatch } from '../db/ingest-batch.ts';
import { reviewLabels } from './labels.ts';

export type { AffectedSellers, Applied } from '../db/ingest.ts';

/**
 * Who keeps the scores current after new events. The server's scheduler re-scores a moment later, off the
 * request path; a bulk writer (the CLI importer, the demo loader) collects and re-scores once at the end;
 * a test or a one-off writer re-scores before the write returns.
 */
export interface Rescorer {
  /** These sellers' figures may have changed. */
  sellersChanged(affected: AffectedSellers): void | Promise<void>;
  /** This marketplace's policy or overrides changed: every seller's judgement may move. */
  policyChanged(marketplace: string): void | Promise<void>;
}

/**
 * The one way events come in, whoever writes them (tRPC, the CLI importer, the demo admin's forms, replies,
 * plans, claims): reviews classified, the batch stored in one transaction, then the affected sellers handed
 * to the rescorer. Events are validated by the caller's boundary (zod at tRPC, the importer's line checks).
 */
export class Ingest {
  constructor(
    readonly db: Db,
    readonly rescorer: Rescorer,
  ) {}

  /** Classifies, stores and re-scores a batch of validated events. */
  async events(events: readonly ImportEvent[]): Promise<Applied> {
    return this.prepared(prepareEvents(events));
  }

  /** Stores and re-scores a batch prepared elsewhere (the importer's reader threads prepare them). */
  async prepared(batch: PreparedBatch): Promise<Applied> {
    const applied = await applyPrepared(this.db, batch);
    await this.rescore(applied);
    return applied;
  }

  private async rescore(applied: Applied): Promise<void> {
    // A changed policy re-scores its whole marketplace; its sellers need no second pass.
    const changed = new Set(applied.policiesChanged);
    for (const marketplace of changed) await this.rescorer.policyChanged(marketplace);
    const rest: AffectedSellers = new Map([...applied.affected].filter(([marketplace]) => !changed.has(marketplace)));
    if (rest.size > 0) await this.rescorer.sellersChanged(rest);
  }
}

/** A batch of validated events made ready for the database: rows mapped, reviews classified. */
export function prepareEvents(events: readonly ImportEvent[]): PreparedBatch {
  return prepareBatch(events, reviewLabels);
}

/** For writers that evaluate in full right after (benchmarks, the demo loader) and for test fixtures. */
export const noRescoring: Rescorer = {
  sellersChanged: () => undefined,
  policyChanged: () => undefined,
};
