import type { Db } from '../../server/db/client.ts';
import { type Applied, Ingest, noRescoring } from '../../server/ingest/ingest.ts';
import type { ImportEvent } from '../../shared/events.ts';

/**
 * Stores fixture events through the one ingest path without re-scoring them: a test that needs scores
 * evaluates (or passes a rescorer) itself.
 */
export function applyEvents(db: Db, events: readonly ImportEvent[]): Promise<Applied> {
  return new Ingest(db, noRescoring).events(events);
}

/** The ingest path without re-scoring, for importer tests that look at what was stored. */
export const fixtureIngest = (db: Db): Ingest => new Ingest(db, noRescoring);
