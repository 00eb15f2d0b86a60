import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { sellerRef } from '../../shared/api.ts';
import { sellerOverview, visibleSellers } from '../db/sellers.ts';
import { anyRole, procedureFor, router } from '../trpc.ts';
import { assertMaySeeSeller } from './guards.ts';

export const sellersRouter = router({
  overview: procedureFor(...anyRole)
    .input(sellerRef)
    .query(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      const overview = await sellerOverview(ctx.db, input);
      if (!overview)
        throw new TRPCError({ code: 'NOT_FOUND', message: `no seller ${input.marketplace}/${input.seller}` });
      return overview;
    }),

  list: procedureFor(...anyRole)
    .input(
      z.object({ limit: z.number().int().min(1).max(500).default(100), offset: z.number().int().min(0).default(0) }),
    )
    .query(({ ctx, input }) => visibleSellers(ctx.db, ctx.caller, input.limit, input.offset)),
});
