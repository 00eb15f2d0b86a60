import { z } from 'zod';
import { costProfile } from '../../shared/strategy.ts';
import { sellerPillars, sellerStrategies, setCostProfile } from '../services/strategies.ts';
import { anyRole, router, sellerProcedure } from '../trpc.ts';

export const strategiesRouter = router({
  /** Each category the seller sells, with its Lele–Sheth quadrant (the seller's own costs or the defaults). */
  forSeller: sellerProcedure(...anyRole).query(({ ctx }) => sellerStrategies(ctx.db, ctx.seller, new Date())),

  /** A seller sets the repair and failure cost of one of its categories. */
  set: sellerProcedure('seller', 'admin')
    .input(z.object({ category: z.string().trim().min(1).max(64), ...costProfile.shape }))
    .mutation(({ ctx, input }) =>
      setCostProfile(ctx.db, ctx.caller, ctx.seller, input.category, {
        repairCost: input.repairCost,
        failureCost: input.failureCost,
      }),
    ),
});

export const pillarsRouter = router({
  /** The seller's negatives of the last year per Six-Pillars pillar, from their reason labels. */
  forSeller: sellerProcedure(...anyRole).query(({ ctx }) => sellerPillars(ctx.db, ctx.seller, new Date())),
});
