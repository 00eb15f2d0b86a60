import { TRPCError } from '@trpc/server';
import { sellerTie } from '../db/users.ts';
import { type Caller, maySeeSeller, type SellerRef } from '../domain/access.ts';
import type { Context } from '../trpc.ts';

/** Throws FORBIDDEN unless the caller may see this seller. Same answer whether or not it exists. */
export async function assertMaySeeSeller(ctx: Context & { caller: Caller }, target: SellerRef): Promise<void> {
  const tie = await sellerTie(ctx.db, ctx.caller, target);
  if (!maySeeSeller(ctx.caller, target, tie)) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `you may not see seller ${target.marketplace}/${target.seller}`,
    });
  }
}
