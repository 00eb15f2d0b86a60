import { z } from 'zod';
import { sellerRef } from '../../shared/api.ts';
import { costProfile, defaultProfileFor, strategyFor } from '../../shared/strategy.ts';
import { audit } from '../db/audit.ts';
import { negativeReasonCounts, saveCostProfile, sellerCostProfiles, soldCategories } from '../db/strategies.ts';
import { summarisePillars } from '../domain/pillars.ts';
import { anyRole, procedureFor, router } from '../trpc.ts';
import { assertMaySeeSeller } from './guards.ts';

const yearAgo = () => new Date(Date.now() - 365 * 86_400_000);

export const strategiesRouter = router({
  /** Each category the seller sells, with its Lele–Sheth quadrant (the seller's own costs or the defaults). */
  forSeller: procedureFor(...anyRole)
    .input(sellerRef)
    .query(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      const [categories, own] = await Promise.all([
        soldCategories(ctx.db, input, yearAgo()),
        sellerCostProfiles(ctx.db, input),
      ]);
      return categories.map((c) => {
        const profile = own.get(c.category) ?? defaultProfileFor(c.category);
        return {
          ...c,
          ...profile,
          source: own.has(c.category) ? ('seller' as const) : ('default' as const),
          strategy: strategyFor(profile),
        };
      });
    }),

  /** A seller sets the repair and failure cost of one of its categories. */
  set: procedureFor('seller', 'admin')
    .input(sellerRef.extend({ category: z.string().trim().min(1).max(64) }).merge(costProfile))
    .mutation(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      const profile = { repairCost: input.repairCost, failureCost: input.failureCost };
      await saveCostProfile(ctx.db, input, input.category, profile);
      await audit(ctx.db, {
        marketplace: input.marketplace,
        seller: input.seller,
        actor: ctx.caller.id,
        action: 'strategy.set',
        subject: input.category,
        details: profile,
      });
      return { category: input.category, ...profile, strategy: strategyFor(profile) };
    }),
});

export const pillarsRouter = router({
  /** The seller's negatives of the last year per Six-Pillars pillar, from their reason labels. */
  forSeller: procedureFor(...anyRole)
    .input(sellerRef)
    .query(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      const counts = await negativeReasonCounts(ctx.db, input, yearAgo());
      return { negatives: counts.negatives, unlabelled: counts.unlabelled, pillars: summarisePillars(counts.byReason) };
    }),
});
