import { z } from 'zod';
import { components, reasons } from '../../shared/reasons.ts';
import { correctionsExport } from '../db/reviews.ts';
import { correctReviewLabels, sellerFakeSignals, sellerReasonGroups, sellerUnresolved } from '../services/reviews.ts';
import { anyRole, procedureFor, router, sellerProcedure } from '../trpc.ts';

export const reviewsRouter = router({
  /** Negatives of the last 90 days by reason, with share, trend and example ids (what plans are built from). */
  reasonGroups: sellerProcedure(...anyRole).query(({ ctx }) => sellerReasonGroups(ctx.db, ctx.seller, new Date())),

  /** Unresolved negatives, oldest first, with age and the deadline to resolve them. */
  unresolved: sellerProcedure(...anyRole).query(({ ctx }) => sellerUnresolved(ctx.db, ctx.seller, new Date())),

  /** A seller or moderator corrects a review's labels; the correction is kept and wins over the model. */
  correctLabels: procedureFor('seller', 'moderator', 'admin')
    .input(
      z.object({
        marketplace: z.string().min(1).max(128),
        review: z.string().min(1).max(128),
        reasons: z.array(z.enum(reasons)).max(5),
        component: z.enum(components).nullable(),
        sentiment: z.enum(['negative', 'mixed', 'positive']).nullable(),
      }),
    )
    .mutation(({ ctx, input }) => correctReviewLabels(ctx.db, ctx.ingest.rescorer, ctx.caller, input)),

  /** Fake-review signals over the last 90 days, with the reviews behind each: for moderators to judge. */
  fakeSignals: sellerProcedure('moderator', 'admin').query(({ ctx }) =>
    sellerFakeSignals(ctx.db, ctx.seller, new Date()),
  ),

  /** Corrections with their texts, for measuring the classifier (JSON Lines-ready). */
  corrections: procedureFor('moderator', 'admin')
    .input(z.object({ limit: z.number().int().min(1).max(10_000).default(1_000) }))
    .query(({ ctx, input }) =>
      correctionsExport(ctx.db, ctx.caller.role === 'moderator' ? ctx.caller.marketplaceId : null, input.limit),
    ),
});
