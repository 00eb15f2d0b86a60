import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { sellerRef } from '../../shared/api.ts';
import { components, reasons } from '../../shared/reasons.ts';
import { audit } from '../db/audit.ts';
import {
  correctionsExport,
  correctLabels,
  reasonGroups,
  recentPositives,
  reviewOwner,
  unresolvedNegatives,
} from '../db/reviews.ts';
import { fakeReviewSignals } from '../domain/reviews/fake-signals.ts';
import { policyOf } from '../jobs/evaluate.ts';
import { anyRole, procedureFor, router } from '../trpc.ts';
import { assertMaySeeSeller } from './guards.ts';

export const reviewsRouter = router({
  /** Negatives of the last 90 days by reason, with share, trend and example ids (what plans are built from). */
  reasonGroups: procedureFor(...anyRole)
    .input(sellerRef)
    .query(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      return reasonGroups(ctx.db, input, new Date());
    }),

  /** Unresolved negatives, oldest first, with age and the deadline to resolve them. */
  unresolved: procedureFor(...anyRole)
    .input(sellerRef)
    .query(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      const policy = await policyOf(ctx.db, input.marketplace);
      return unresolvedNegatives(ctx.db, input, new Date(), policy.unresolvedNegativeDays);
    }),

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
    .mutation(async ({ ctx, input }) => {
      const seller = await reviewOwner(ctx.db, input.marketplace, input.review);
      if (!seller) throw new TRPCError({ code: 'NOT_FOUND', message: `review: no review ${input.review}` });
      await assertMaySeeSeller(ctx, { marketplace: input.marketplace, seller });
      await correctLabels(ctx.db, { ...input, seller, by: ctx.caller.id });
      await audit(ctx.db, {
        marketplace: input.marketplace,
        seller,
        actor: ctx.caller.id,
        action: 'review.labels_corrected',
        subject: input.review,
        details: { reasons: input.reasons, component: input.component, sentiment: input.sentiment },
      });
      return { review: input.review, reasons: input.reasons, component: input.component, sentiment: input.sentiment };
    }),

  /** Fake-review signals over the last 90 days, with the reviews behind each: for moderators to judge. */
  fakeSignals: procedureFor('moderator', 'admin')
    .input(sellerRef)
    .query(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      const positives = await recentPositives(ctx.db, input, new Date(Date.now() - 90 * 86_400_000));
      return { positives: positives.length, signals: fakeReviewSignals(positives) };
    }),

  /** Corrections with their texts, for measuring the classifier (JSON Lines-ready). */
  corrections: procedureFor('moderator', 'admin')
    .input(z.object({ limit: z.number().int().min(1).max(10_000).default(1_000) }))
    .query(({ ctx, input }) =>
      correctionsExport(ctx.db, ctx.caller.role === 'moderator' ? ctx.caller.marketplaceId : null, input.limit),
    ),
});
