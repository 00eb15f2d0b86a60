import { z } from 'zod';
import {
  caseQueue,
  decideReReview,
  dismissCase,
  excludeSeller,
  letterReceived,
  sellerCase,
} from '../services/enforcement.ts';
import { anyRole, procedureFor, router, sellerProcedure } from '../trpc.ts';

const reason = z.string().trim().min(3).max(2_000);
const caseId = z.string().min(1).max(64);

export const enforcementRouter = router({
  /** Open cases of the moderator's marketplace, re-review due first. */
  queue: procedureFor('moderator', 'admin').query(({ ctx }) => caseQueue(ctx.db, ctx.caller, new Date())),

  forSeller: sellerProcedure(...anyRole).query(({ ctx }) => sellerCase(ctx.db, ctx.seller, new Date())),

  exclude: procedureFor('moderator', 'admin')
    .input(z.object({ caseId, reason }))
    .mutation(({ ctx, input }) => excludeSeller(ctx.db, ctx.caller, input.caseId, input.reason)),

  dismiss: procedureFor('moderator', 'admin')
    .input(z.object({ caseId, reason }))
    .mutation(({ ctx, input }) => dismissCase(ctx.db, ctx.caller, input.caseId, input.reason)),

  /** The re-review decision, with the checklist as it stood, recorded in the audit log. */
  decide: procedureFor('moderator', 'admin')
    .input(z.object({ caseId, decision: z.enum(['reinstate', 'extend']), reason }))
    .mutation(({ ctx, input }) => decideReReview(ctx.db, ctx.caller, input)),

  /** The seller's "Problem – Solution" letter arrived: the 14-day answer deadline starts. */
  letterReceived: sellerProcedure('seller', 'moderator', 'admin').mutation(({ ctx }) =>
    letterReceived(ctx.db, ctx.caller, ctx.seller),
  ),
});
