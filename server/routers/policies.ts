import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { sellerRef } from '../../shared/api.ts';
import { policyOverridesSchema, resolvePolicy } from '../../shared/policies/index.ts';
import { audit } from '../db/audit.ts';
import type { Db } from '../db/client.ts';
import { marketplacePolicy, setPolicyOverrides } from '../db/quality/snapshots.ts';
import { anyRole, procedureFor, router } from '../trpc.ts';
import { assertMaySeeSeller } from './guards.ts';

/** The marketplace's policy as stored and as it applies; NOT_FOUND for an unknown marketplace. */
async function storedPolicy(db: Db, marketplace: string) {
  const stored = await marketplacePolicy(db, marketplace);
  if (!stored) throw new TRPCError({ code: 'NOT_FOUND', message: `marketplace: no marketplace "${marketplace}"` });
  return {
    marketplace,
    policy: stored.policy,
    overrides: stored.overrides,
    effective: resolvePolicy(stored.policy, stored.overrides),
  };
}

export const policiesRouter = router({
  /** The rules a seller is judged by: its marketplace's policy, the numbers it overrides, and the result. */
  forSeller: procedureFor(...anyRole)
    .input(sellerRef)
    .query(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      return storedPolicy(ctx.db, input.marketplace);
    }),

  /**
   * An admin sets the numbers a marketplace overrides (replacing the previous overrides; `{}` clears them).
   * Recorded in the audit log; the marketplace is evaluated again in full.
   */
  setOverrides: procedureFor('admin')
    .input(z.object({ marketplace: z.string().min(1).max(128), overrides: policyOverridesSchema }))
    .mutation(async ({ ctx, input }) => {
      // The change and its audit entry commit together.
      const changed = await ctx.db.transaction(async (tx) => {
        const store = tx as unknown as Db;
        const before = await storedPolicy(store, input.marketplace);
        await setPolicyOverrides(store, input.marketplace, input.overrides);
        await audit(store, {
          marketplace: input.marketplace,
          seller: null,
          actor: ctx.caller.id,
          action: 'policy.overrides',
          subject: before.policy,
          details: { before: before.overrides, after: input.overrides },
        });
        return storedPolicy(store, input.marketplace);
      });
      ctx.onPolicyChanged?.(input.marketplace);
      return changed;
    }),
});
