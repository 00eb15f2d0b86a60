import { getOrCreate } from '../../shared/maps.ts';
import type { Db } from '../db/client.ts';
import type { AffectedSellers, Rescorer } from '../ingest/ingest.ts';
import { endOfDay, evaluateAll, reevaluateSellers } from './quality.ts';

/** Re-scores before the write returns: for tests and one-off writers without a scheduler. */
export class InlineRescorer implements Rescorer {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async sellersChanged(affected: AffectedSellers): Promise<void> {
    for (const [marketplace, sellers] of affected)
      await reevaluateSellers(this.db, marketplace, [...sellers], endOfDay(this.now()));
  }

  async policyChanged(marketplace: string): Promise<void> {
    await evaluateAll(this.db, { asOf: endOfDay(this.now()), marketplace });
  }
}

export interface Rescored {
  /** Sellers judged again. */
  sellers: number;
  /** Marketplaces evaluated in full (their policy changed, or they had no evaluation yet). */
  marketplaces: number;
}

/**
 * Collects what a bulk write touched and re-scores it once at the end (`flush`): the CLI importer re-scores
 * before it exits, instead of leaving the scores stale until the daily run.
 */
export class CollectingRescorer implements Rescorer {
  private readonly sellers: AffectedSellers = new Map();
  private readonly policies = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  sellersChanged(affected: AffectedSellers): void {
    for (const [marketplace, sellers] of affected) {
      const dirty = getOrCreate(this.sellers, marketplace, () => new Set<string>());
      for (const seller of sellers) dirty.add(seller);
    }
  }

  policyChanged(marketplace: string): void {
    this.policies.add(marketplace);
  }

  /** Re-scores everything collected so far. */
  async flush(): Promise<Rescored> {
    const asOf = endOfDay(this.now());
    const done: Rescored = { sellers: 0, marketplaces: 0 };
    for (const marketplace of this.policies) {
      done.sellers += (await evaluateAll(this.db, { asOf, marketplace })).length;
      done.marketplaces += 1;
    }
    for (const [marketplace, sellers] of this.sellers) {
      if (this.policies.has(marketplace)) continue;
      // Without a stored run to rank against, re-scoring evaluates the whole marketplace.
      done.sellers += (await reevaluateSellers(this.db, marketplace, [...sellers], asOf)).length;
    }
    this.sellers.clear();
    this.policies.clear();
    return done;
  }
}
