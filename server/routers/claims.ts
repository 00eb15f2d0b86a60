import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { sellerRef } from '../../shared/api.ts';
import { claimRef, counterOfferInput, declineInput } from '../../shared/claims.ts';
import { audit } from '../db/audit.ts';
import type { ClaimRow } from '../db/claims.ts';
import { sellerTie } from '../db/users.ts';
import { type Caller, maySeeSeller } from '../domain/access.ts';
import { answerClaim, ClaimError, claimsForSeller, findClaim, type SellerAnswer } from '../services/claims.ts';
import { anyRole, type Context, procedureFor, router } from '../trpc.ts';
import { assertMaySeeSeller } from './guards.ts';

/** The claim, if the caller may see its seller; one answer for another seller's claim and a missing one. */
async function claimToAnswer(ctx: Context & { caller: Caller }, input: z.infer<typeof claimRef>): Promise<ClaimRow> {
  const claim = await findClaim(ctx.db, input.marketplace, input.claim);
  const target = claim && { marketplace: claim.marketplaceId, seller: claim.sellerId };
  if (!claim || !target || !maySeeSeller(ctx.caller, target, await sellerTie(ctx.db, ctx.caller, target))) {
    throw new TRPCError({ code: 'FORBIDDEN', message: `claim: you may not answer claim ${input.claim}` });
  }
  return claim;
}

async function answer(ctx: Context & { caller: Caller }, claim: ClaimRow, given: SellerAnswer) {
  try {
    await answerClaim(ctx.db, claim, ctx.caller.id, given);
  } catch (error) {
    if (error instanceof ClaimError) throw new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
    throw error;
  }
  await audit(ctx.db, {
    marketplace: claim.marketplaceId,
    seller: claim.sellerId,
    actor: ctx.caller.id,
    action: `claim.${given.answer}`,
    subject: claim.id,
    details: given,
  });
  return { claim: claim.id, answer: given.answer };
}

export const claimsRouter = router({
  /** The seller's buyers' claims, newest first, with the offer, its saving and the photos' ids. */
  forSeller: procedureFor(...anyRole)
    .input(sellerRef.extend({ limit: z.number().int().min(1).max(500).default(100) }))
    .query(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      return claimsForSeller(ctx.db, input, input.limit);
    }),

  /** One click: the proposed partial refund (or the instalments) accepted. */
  accept: procedureFor('seller', 'admin')
    .input(claimRef)
    .mutation(async ({ ctx, input }) => answer(ctx, await claimToAnswer(ctx, input), { answer: 'accept' })),

  counter: procedureFor('seller', 'admin')
    .input(counterOfferInput)
    .mutation(async ({ ctx, input }) =>
      answer(ctx, await claimToAnswer(ctx, input), { answer: 'counter', amount: input.amount, note: input.note }),
    ),

  decline: procedureFor('seller', 'admin')
    .input(declineInput)
    .mutation(async ({ ctx, input }) =>
      answer(ctx, await claimToAnswer(ctx, input), { answer: 'decline', reason: input.reason }),
    ),
});
