import { resolvePolicy } from '../../shared/policies/index.ts';
import type { SellerEvaluation } from '../../shared/quality.ts';
import type { Db } from '../db/client.ts';
import { modelComponentCounts } from '../db/quality/clusters.ts';
import { sellerCounts } from '../db/quality/counts.ts';
import { excludedSellers, marketplaceIds, marketplacePolicy, saveSnapshots } from '../db/quality/snapshots.ts';
import { findClusters } from '../domain/quality/clusters.ts';
import { evaluateMarketplace } from '../domain/quality/evaluate.ts';

export interface EvaluateOptions {
  asOf: Date;
  marketplace?: string;
  /** Store the results as the day's snapshots (default true). */
  save?: boolean;
}

/** Full evaluation of one marketplace (or all): set-based counts, pure judgement, snapshots stored. */
export async function evaluateAll(db: Db, options: EvaluateOptions): Promise<SellerEvaluation[]> {
  const ids = options.marketplace ? [options.marketplace] : await marketplaceIds(db);
  const results: SellerEvaluation[] = [];
  for (const marketplace of ids) {
    const evaluations = await evaluateMarketplaceNow(db, marketplace, options.asOf);
    if (options.save !== false) await saveSnapshots(db, evaluations);
    results.push(...evaluations);
  }
  return results;
}

async function evaluateMarketplaceNow(db: Db, marketplace: string, asOf: Date): Promise<SellerEvaluation[]> {
  const stored = await marketplacePolicy(db, marketplace);
  if (!stored) throw new Error(`--marketplace: no marketplace "${marketplace}"`);
  const policy = resolvePolicy(stored.policy, stored.overrides);
  const longest = Math.max(...policy.windows);
  const [counts, clusterRows, excluded] = await Promise.all([
    sellerCounts(db, { marketplace, asOf, windows: policy.windows, resolutionDays: policy.unresolvedNegativeDays }),
    modelComponentCounts(db, { marketplace, asOf, recentDays: 90, yearDays: longest }),
    excludedSellers(db, marketplace),
  ]);
  const window = policy.windows.includes(90) ? 90 : longest;
  return evaluateMarketplace(counts, { marketplace, asOf, policy, window, clusters: findClusters(clusterRows), excluded });
}
