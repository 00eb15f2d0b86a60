import { z } from 'zod';
import { statuses } from '../../shared/quality.ts';
import { portfolio } from '../db/quality/portfolio.ts';
import { snapshotHistory } from '../db/quality/snapshots.ts';
import { latestEvaluation, sellerScores } from '../services/quality.ts';
import { anyRole, procedureFor, router, sellerProcedure } from '../trpc.ts';

const DAY = 86_400_000;

export const scoresRouter = router({
  /** The seller's latest evaluation; evaluated now when none is stored yet. */
  forSeller: sellerProcedure(...anyRole).query(({ ctx }) => sellerScores(ctx.db, ctx.seller, new Date())),

  /** Daily series for charts. */
  history: sellerProcedure(...anyRole)
    .input(z.object({ days: z.number().int().min(1).max(730).default(90) }))
    .query(({ ctx, input }) => {
      const to = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.now() - input.days * DAY).toISOString().slice(0, 10);
      return snapshotHistory(ctx.db, { ...ctx.seller, from, to });
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
  forSeller: sellerProcedure(...anyRole).query(async ({ ctx }) => {
    const stored = await latestEvaluation(ctx.db, ctx.seller.marketplace, ctx.seller.seller);
    return stored?.clusters ?? [];
  }),
});
