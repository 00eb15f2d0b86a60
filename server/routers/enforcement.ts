import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { sellerRef } from '../../shared/api.ts';
import { audit } from '../db/audit.ts';
import { caseById, casesOf, openCaseFor, openCases, type StoredCase, updateCase } from '../db/enforcement.ts';
import type { Caller } from '../domain/access.ts';
import {
  decide,
  dismiss,
  EnforcementError,
  effectiveState,
  exclude,
  receiveLetter,
} from '../domain/enforcement/case.ts';
import { caseChecklist } from '../jobs/enforcement.ts';
import { policyOf } from '../jobs/evaluate.ts';
import { anyRole, type Context, procedureFor, router } from '../trpc.ts';
import { assertMaySeeSeller } from './guards.ts';

const reason = z.string().trim().min(3).max(2_000);

function shape(c: StoredCase, now: Date) {
  return { ...c, state: effectiveState(c, now) };
}

async function caseForModerator(ctx: Context & { caller: Caller }, id: string): Promise<StoredCase> {
  const c = await caseById(ctx.db, id);
  if (!c) throw new TRPCError({ code: 'NOT_FOUND', message: `caseId: no case ${id}` });
  if (ctx.caller.role === 'moderator' && ctx.caller.marketplaceId !== c.marketplace) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'this case belongs to another marketplace' });
  }
  return c;
}

/** Runs a state change, stores it and writes the moderator's decision to the audit log. */
async function transition(
  ctx: Context & { caller: Caller },
  c: StoredCase,
  action: string,
  change: (policy: Awaited<ReturnType<typeof policyOf>>, now: Date) => ReturnType<typeof decide>,
  details: Record<string, unknown>,
) {
  const now = new Date();
  let next: ReturnType<typeof decide>;
  try {
    next = change(await policyOf(ctx.db, c.marketplace), now);
  } catch (error) {
    if (error instanceof EnforcementError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
    throw error;
  }
  await updateCase(ctx.db, next);
  await audit(ctx.db, {
    marketplace: c.marketplace,
    seller: c.seller,
    actor: ctx.caller.id,
    action,
    subject: c.id,
    details,
  });
  return shape({ ...c, ...next }, now);
}

export const enforcementRouter = router({
  /** Open cases of the moderator's marketplace, re-review due first. */
  queue: procedureFor('moderator', 'admin').query(async ({ ctx }) => {
    const now = new Date();
    const cases = await openCases(ctx.db, ctx.caller.role === 'moderator' ? ctx.caller.marketplaceId : null);
    return cases.map((c) => shape(c, now));
  }),

  forSeller: procedureFor(...anyRole)
    .input(sellerRef)
    .query(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      const now = new Date();
      const current = await openCaseFor(ctx.db, input.marketplace, input.seller);
      const checklist = current?.excludedAt
        ? await caseChecklist(ctx.db, current, await policyOf(ctx.db, input.marketplace), now)
        : null;
      const history = await casesOf(ctx.db, input.marketplace, input.seller);
      return { current: current ? shape(current, now) : null, checklist, history: history.map((c) => shape(c, now)) };
    }),

  exclude: procedureFor('moderator', 'admin')
    .input(z.object({ caseId: z.string().min(1).max(64), reason }))
    .mutation(async ({ ctx, input }) => {
      const c = await caseForModerator(ctx, input.caseId);
      return transition(
        ctx,
        c,
        'enforcement.exclude',
        (policy, now) => exclude(c, now, policy, ctx.caller.id, input.reason),
        { reason: input.reason },
      );
    }),

  dismiss: procedureFor('moderator', 'admin')
    .input(z.object({ caseId: z.string().min(1).max(64), reason }))
    .mutation(async ({ ctx, input }) => {
      const c = await caseForModerator(ctx, input.caseId);
      return transition(ctx, c, 'enforcement.dismiss', (_policy, now) => dismiss(c, now, ctx.caller.id, input.reason), {
        reason: input.reason,
      });
    }),

  /** The re-review decision, with the checklist as it stood, recorded in the audit log. */
  decide: procedureFor('moderator', 'admin')
    .input(z.object({ caseId: z.string().min(1).max(64), decision: z.enum(['reinstate', 'extend']), reason }))
    .mutation(async ({ ctx, input }) => {
      const c = await caseForModerator(ctx, input.caseId);
      const checklist = await caseChecklist(ctx.db, c, await policyOf(ctx.db, c.marketplace), new Date());
      return transition(
        ctx,
        c,
        `enforcement.${input.decision}`,
        (policy, now) => decide(c, input.decision, now, policy, ctx.caller.id, input.reason),
        { reason: input.reason, checklist: checklist.map((i) => ({ item: i.item, passed: i.passed })) },
      );
    }),

  /** The seller's "Problem – Solution" letter arrived: the 14-day answer deadline starts. */
  letterReceived: procedureFor('seller', 'moderator', 'admin')
    .input(sellerRef)
    .mutation(async ({ ctx, input }) => {
      await assertMaySeeSeller(ctx, input);
      const c = await openCaseFor(ctx.db, input.marketplace, input.seller);
      if (!c) throw new TRPCError({ code: 'NOT_FOUND', message: 'seller: no open enforcement case' });
      return transition(ctx, c, 'enforcement.letter_received', (policy, now) => receiveLetter(c, now, policy), {});
    }),
});
