import { z } from 'zod';
import { claimRef, counterOfferInput, declineInput } from '../../shared/claims.ts';
import { answerClaimAs, claimsForSeller } from '../services/claims.ts';
import { anyRole, procedureFor, router, sellerProcedure } from '../trpc.ts';

export const claimsRouter = router({
  /** The seller's buyers' claims, newest first, with the offer, its saving and the photos' ids. */
  forSeller: sellerProcedure(...anyRole)
    .input(z.object({ limit: z.number().int().min(1).max(500).default(100) }))
    .query(({ ctx, input }) => claimsForSeller(ctx.db, ctx.seller, input.limit)),

  /** One click: the proposed partial refund (or the instalments) accepted. */
  accept: procedureFor('seller', 'admin')
    .input(claimRef)
    .mutation(({ ctx, input }) => answerClaimAs(ctx.db, ctx.caller, input, { answer: 'accept' })),

  counter: procedureFor('seller', 'admin')
    .input(counterOfferInput)
    .mutation(({ ctx, input }) =>
      answerClaimAs(ctx.db, ctx.caller, input, { answer: 'counter', amount: input.amount, note: input.note }),
    ),

  decline: procedureFor('seller', 'admin')
    .input(declineInput)
    .mutation(({ ctx, input }) =>
      answerClaimAs(ctx.db, ctx.caller, input, { answer: 'decline', reason: input.reason }),
    ),
});
