import { type PolicyOverrides, resolvePolicy } from '../../shared/policies/index.ts';
import { audit } from '../db/audit.ts';
import type { Db } from '../db/client.ts';
import { marketplacePolicy, setPolicyOverrides } from '../db/quality/snapshots.ts';
import { noMarketplace } from '../domain/errors.ts';
import type { Rescorer } from '../ingest/ingest.ts';

/** The marketplace's policy as stored and as it applies. */
export async function storedPolicy(db: Db, marketplace: string) {
  const stored = await marketplacePolicy(db, marketplace);
  if (!stored) throw noMarketplace(marketplace);
  return {
    marketplace,
    policy: stored.policy,
    overrides: stored.overrides,
    effective: resolvePolicy(stored.policy, stored.overrides),
  };
}

/**
 * Replaces the numbers a marketplace overrides (`{}` clears them). The change and its audit entry commit
 * together; then the whole marketplace is re-scored.
 */
export async function setOverrides(
  db: Db,
  rescorer: Rescorer,
  change: { marketplace: string; overrides: PolicyOverrides; actor: string },
) {
  const changed = await db.transaction(async (tx) => {
    const store = tx as unknown as Db;
    const before = await storedPolicy(store, change.marketplace);
    await setPolicyOverrides(store, change.marketplace, change.overrides);
    await audit(store, {
      marketplace: change.marketplace,
      seller: null,
      actor: change.actor,
      action: 'policy.overrides',
      subject: before.policy,
      details: { before: before.overrides, after: change.overrides },
    });
    return storedPolicy(store, change.marketplace);
  });
  await rescorer.policyChanged(change.marketplace);
  return changed;
}
