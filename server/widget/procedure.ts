import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Shop } from '../db/claims.ts';
import type { Db } from '../db/client.ts';
import { ClaimError } from '../services/claims.ts';

/** The widget's context: the shop its key named (resolved, CORS-checked and rate-limited by server/widget/routes.ts). */
export type WidgetContext = {
  db: Db;
  shop: Shop;
  shopKey: string;
};

const t = initTRPC.context<WidgetContext>().create({
  // A public surface: no stack traces in answers, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof z.ZodError ? error.cause : null;
    const claimError = error.cause instanceof ClaimError ? error.cause.code : null;
    return {
      ...shape,
      data: {
        ...shape.data,
        // What the widget translates for the buyer: a claim error's code, or the fields a zod issue names.
        claimError,
        issues: zodError?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? null,
      },
    };
  },
});

export const widgetRouter = t.router;

/**
 * The buyer's procedures: public, keyed by the shop key in the input, which must be the key the request was
 * admitted with. A ClaimError becomes a 4xx with its code; nothing else about the shop's data leaks.
 */
export const widgetProcedure = t.procedure.use(async ({ ctx, getRawInput, next }) => {
  const raw = (await getRawInput()) as { shop?: unknown } | undefined;
  if (raw?.shop !== ctx.shopKey) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'shop: does not match the key of this request' });
  }
  const result = await next();
  if (!result.ok && result.error.cause instanceof ClaimError) {
    const code = result.error.cause.code;
    const notFound = code === 'order_not_found' || code === 'claim_not_found';
    throw new TRPCError({
      code: notFound ? 'NOT_FOUND' : code === 'too_large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
      message: result.error.cause.message,
      cause: result.error.cause,
    });
  }
  return result;
});
