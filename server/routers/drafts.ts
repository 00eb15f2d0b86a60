import { z } from 'zod';
import { replyLanguage } from '../../shared/drafts.ts';
import { pickLocale } from '../../shared/i18n.ts';
import { checkDraft, draftForReview } from '../services/drafting.ts';
import { anyRole, procedureFor, router, sellerProcedure } from '../trpc.ts';

export const draftsRouter = router({
  /** Both reply variants for one of the seller's reviews, glossed in the caller's locale. */
  forReview: sellerProcedure(...anyRole)
    .input(z.object({ review: z.string().min(1).max(128) }))
    .query(({ ctx, input }) => draftForReview(ctx.db, ctx.seller, input.review, pickLocale(ctx.caller.locale))),

  /** Guard warnings for a reply the seller is writing, for live checking while they edit. */
  check: procedureFor(...anyRole)
    .input(z.object({ text: z.string().max(10_000), lang: replyLanguage }))
    .query(({ input }) => checkDraft(input.text, input.lang)),
});
