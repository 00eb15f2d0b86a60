import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { sellerRef } from '../../shared/api.ts';
import { statuses } from '../../shared/quality.ts';
import { portfolio } from '../db/quality/portfolio.ts';
import { snapshotHistory } from '../db/quality/snapshots.ts';
import { evaluationWithEvidence, latestEvaluation, reevaluateSellers } from '../jobs/evaluate.ts';
import { anyRole, procedureFor, router } from '../trpc.ts';
import { assertMaySeeSeller } from './guards.ts';

const DAY = 86_400_000;
const endOfToday = () => new Date(Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`) + DAY);

export const scoresRouter = router({
  /** The seller's latest evaluation; evaluated now when none is stored yet. */
  forSeller: procedureFor(...anyRole)
    .input(sellerRef)
    .query(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      const stored = await evaluationWithEvidence(ctx.db, input.marketplace, input.seller);
      if (stored) return stored;
      const [fresh] = await reevaluateSellers(ctx.db, input.marketplace, [input.seller], endOfToday());
      if (!fresh) throw new TRPCError({ code: 'NOT_FOUND', message: `no seller ${input.marketplace}/${input.seller}` });
      return (await evaluationWithEvidence(ctx.db, input.marketplace, input.seller)) ?? fresh;
    }),

  /** Daily series for charts. */
  history: procedureFor(...anyRole)
    .input(sellerRef.extend({ days: z.number().int().min(1).max(730).default(90) }))
    .query(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      const to = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.now() - input.days * DAY).toISOString().slice(0, 10);
      return snapshotHistory(ctx.db, { marketplace: input.marketplace, seller: input.seller, from, to });
    }),

  /** An account manager's or moderator's sellers, riskiest first. */
  portfolio: procedureFor('account_manager', 'moderator', 'admin')
    .input(
      z.object({
        status: z.array(z.enum(statuses)).max(5).optional(),
        category: z.string().max(64).optional(),
        flag: z.string().max(64).optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      }),
    )
    .query(({ ctx, input }) => portfolio(ctx.db, ctx.caller, input)),
});

export const clustersRouter = router({
  forSeller: procedureFor(...anyRole)
    .input(sellerRef)
    .query(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      const stored = await latestEvaluation(ctx.db, input.marketplace, input.seller);
      return stored?.clusters ?? [];
    }),
});
