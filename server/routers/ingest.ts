import { TRPCError } from '@trpc/server';
import { ingestBatch } from '../../shared/events.ts';
import { mayIngest } from '../domain/access.ts';
import { procedureFor, router } from '../trpc.ts';

export const ingestRouter = router({
  /** A batch of events stored in one transaction; the sellers it touches are re-scored. */
  events: procedureFor('moderator', 'admin')
    .input(ingestBatch)
    .mutation(async ({ ctx, input }) => {
      const refusal = mayIngest(ctx.caller, input.events);
      if (refusal) throw new TRPCError({ code: 'FORBIDDEN', message: refusal });
      const { counts } = await ctx.ingest.events(input.events);
      return { stored: input.events.length, byType: counts };
    }),
});
