import { TRPCError } from '@trpc/server';
import { ingestBatch } from '../../shared/events.ts';
import { applyEvents } from '../db/ingest.ts';
import { mayIngest } from '../domain/access.ts';
import { procedureFor, router } from '../trpc.ts';

export const ingestRouter = router({
  events: procedureFor('moderator', 'admin')
    .input(ingestBatch)
    .mutation(async ({ ctx, input }) => {
      const refusal = mayIngest(ctx.caller, input.events);
      if (refusal) throw new TRPCError({ code: 'FORBIDDEN', message: refusal });
      const { counts, affected, policiesChanged } = await applyEvents(ctx.db, input.events);
      ctx.onIngested?.(affected);
      for (const marketplace of policiesChanged) ctx.onPolicyChanged?.(marketplace);
      return { stored: input.events.length, byType: counts };
    }),
});
