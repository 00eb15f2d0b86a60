import { z } from 'zod';
import { claimToken, identifyOrderInput, openClaimInput, shopKey, toMinor } from '../../shared/claims.ts';
import { resolvePolicy } from '../../shared/policies/index.ts';
import { claimForBuyer, identifyOrder, openClaim } from '../services/claims.ts';
import { widgetProcedure, widgetRouter } from './procedure.ts';

/** The buyer's side of claims, served at /widget/trpc for the shop whose key the request carries. */
export const buyerRouter = widgetRouter({
  /** The order named by id and the buyer's email or phone: its lines, to pick the item the claim is about. */
  identify: widgetProcedure.input(identifyOrderInput).mutation(async ({ ctx, input }) => {
    const order = await identifyOrder(ctx.db, ctx.shop, input.order, input.contact);
    const terms = resolvePolicy(ctx.shop.policy, ctx.shop.overrides).claims.instalments;
    return {
      instalmentMonths: terms.enabled && toMinor(order.total) >= terms.minOrderTotal ? terms.months : [],
      order: order.id,
      delivered: order.deliveredAt !== null,
      currency: order.currency,
      total: order.total,
      items: order.items.map((i) => ({ lineNo: i.lineNo, model: i.model ?? i.sku, qty: i.qty, price: i.price })),
    };
  }),

  /** Opens a claim (a problem, or a switch to instalments); the token in the answer is the buyer's only key to it. */
  open: widgetProcedure.input(openClaimInput).mutation(({ ctx, input }) => openClaim(ctx.db, ctx.shop, input)),

  /** The claim's state and the seller's answer, by the buyer's token. */
  status: widgetProcedure
    .input(z.strictObject({ shop: shopKey, token: claimToken }))
    .query(({ ctx, input }) => claimForBuyer(ctx.db, ctx.shop, input.token)),
});

export type BuyerRouter = typeof buyerRouter;
