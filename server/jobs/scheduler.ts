import { getOrCreate } from '../../shared/maps.ts';
import type { Db } from '../db/client.ts';
import { latestRun } from '../db/quality/runs.ts';
import { marketplaceIds } from '../db/quality/snapshots.ts';
import { refreshStatistics } from '../db/statistics.ts';
import { dayOf } from '../domain/quality/evaluate.ts';
import type { AffectedSellers, Rescorer } from '../ingest/ingest.ts';
import { endOfDay, evaluateAll, reevaluateSellers } from '../services/quality.ts';

export interface SchedulerOptions {
  now?: () => Date;
  /** Gathers ingests for this long before re-evaluating, so a burst costs one pass. */
  debounceMs?: number;
  /** How often to check whether today's full evaluation has run. */
  dailyCheckMs?: number;
  log?: (message: string) => void;
}

/**
 * Keeps scores current: affected sellers are re-evaluated shortly after each ingest, and each marketplace
 * gets one full evaluation a day. Work runs one piece at a time, off the request path.
 */
export class EvaluationScheduler implements Rescorer {
  private readonly dirty: AffectedSellers = new Map();
  private timer: NodeJS.Timeout | null = null;
  private daily: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private readonly now: () => Date;

  constructor(
    private readonly db: Db,
    private readonly options: SchedulerOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Re-scores these sellers a moment later, with whatever else arrives meanwhile. */
  sellersChanged(affected: AffectedSellers): void {
    this.markDirty(affected);
  }

  /** Evaluates the marketplace in full, off the request path. */
  policyChanged(marketplace: string): void {
    void this.evaluateNow(marketplace);
  }

  markDirty(affected: AffectedSellers): void {
    for (const [marketplace, sellers] of affected) {
      const dirty = getOrCreate(this.dirty, marketplace, () => new Set<string>());
      for (const seller of sellers) dirty.add(seller);
    }
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.options.debounceMs ?? 500);
  }

  /** Re-evaluates every seller marked dirty so far; resolves when done. */
  flush(): Promise<void> {
    const batch = new Map(this.dirty);
    this.dirty.clear();
    return this.enqueue(async () => {
      for (const [marketplace, sellers] of batch) {
        await reevaluateSellers(this.db, marketplace, [...sellers], endOfDay(this.now()));
      }
    });
  }

  /** Runs today's full evaluation for each marketplace that has none yet. */
  runDailyIfDue(): Promise<void> {
    return this.enqueue(async () => {
      const asOf = endOfDay(this.now());
      let analyzed = false;
      for (const marketplace of await marketplaceIds(this.db)) {
        if ((await latestRun(this.db, marketplace, dayOf(asOf)))?.asOf === dayOf(asOf)) continue;
        // A day of ingested events changes the tables' sizes; PGlite would not notice by itself.
        if (!analyzed) await refreshStatistics(this.db);
        analyzed = true;
        const started = performance.now();
        const evaluations = await evaluateAll(this.db, { asOf, marketplace });
        this.options.log?.(
          `evaluated ${evaluations.length} sellers of ${marketplace} in ${Math.round(performance.now() - started)} ms`,
        );
      }
    });
  }

  /** Evaluates one marketplace in full now (its policy changed): today's run and snapshots are replaced. */
  evaluateNow(marketplace: string): Promise<void> {
    return this.enqueue(async () => {
      const started = performance.now();
      const evaluations = await evaluateAll(this.db, { asOf: endOfDay(this.now()), marketplace });
      this.options.log?.(
        `evaluated ${evaluations.length} sellers of ${marketplace} under its changed policy in ${Math.round(performance.now() - started)} ms`,
      );
    });
  }

  start(): void {
    void this.runDailyIfDue();
    this.daily = setInterval(() => void this.runDailyIfDue(), this.options.dailyCheckMs ?? 15 * 60_000);
    this.daily.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    if (this.daily) clearInterval(this.daily);
    this.timer = null;
    this.daily = null;
    await this.running;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.running.then(work).catch((error: unknown) => {
      this.options.log?.(`evaluation failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    this.running = next;
    return next;
  }
}
