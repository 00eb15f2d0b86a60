import { z } from 'zod';
import { sellerOverview, visibleSellers } from '../db/sellers.ts';
import { noSeller } from '../domain/errors.ts';
import { anyRole, procedureFor, router, sellerProcedure } from '../trpc.ts';

export const sellersRouter = router({
  overview: sellerProcedure(...anyRole).query(async ({ ctx }) => {
    const overview = await sellerOverview(ctx.db, ctx.seller, new Date());
    if (!overview) throw noSeller(ctx.seller.marketplace, ctx.seller.seller);
    return overview;
  }),

  list: procedureFor(...anyRole)
    .input(
      z.object({ limit: z.number().int().min(1).max(500).default(100), offset: z.number().int().min(0).default(0) }),
    )
    .query(({ ctx, input }) => visibleSellers(ctx.db, ctx.caller, input.limit, input.offset)),
});
