import type { Whoami } from '../../shared/api.ts';
import { shopsOf } from '../db/users.ts';
import { anyRole, procedureFor, router } from '../trpc.ts';

export const meRouter = router({
  whoami: procedureFor(...anyRole).query(async ({ ctx }): Promise<Whoami> => {
    const { caller } = ctx;
    const shops = caller.role === 'seller' ? await shopsOf(ctx.db, caller.id) : [];
    return {
      id: caller.id,
      name: caller.name,
      role: caller.role,
      locale: caller.locale,
      marketplace: caller.marketplaceId,
      shops,
    };
  }),
});
