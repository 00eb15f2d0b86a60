import { z } from 'zod';
import { policyOverridesSchema } from '../../shared/policies/index.ts';
import { setOverrides, storedPolicy } from '../services/policies.ts';
import { anyRole, marketplaceProcedure, router, sellerProcedure } from '../trpc.ts';

export const policiesRouter = router({
  /** The rules a seller is judged by: its marketplace's policy, the numbers it overrides, and the result. */
  forSeller: sellerProcedure(...anyRole).query(({ ctx }) => storedPolicy(ctx.db, ctx.seller.marketplace)),

  /**
   * An admin sets the numbers a marketplace overrides (replacing the previous overrides; `{}` clears them).
   * Recorded in the audit log; the marketplace is evaluated again in full.
   */
  setOverrides: marketplaceProcedure('admin')
    .input(z.object({ overrides: policyOverridesSchema }))
    .mutation(({ ctx, input }) =>
      setOverrides(ctx.db, ctx.ingest.rescorer, {
        marketplace: ctx.marketplace,
        overrides: input.overrides,
        actor: ctx.caller.id,
      }),
    ),
});
