import { initTRPC, type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { sellerRef } from '../shared/api.ts';
import type { Role } from '../shared/roles.ts';
import type { Db, DbKind } from './db/client.ts';
import { findCallerByToken, sellerTie } from './db/users.ts';
import { type Caller, maySeeSeller, type SellerRef } from './domain/access.ts';
import { DomainError, type ErrorKind, noSeller } from './domain/errors.ts';
import { development } from './env.ts';
import { Ingest, type Rescorer } from './ingest/ingest.ts';
import { InlineRescorer } from './services/rescore.ts';

// A type alias (not an interface) so that it satisfies Hono's Record<string, unknown> context bound.
export type Context = {
  db: Db;
  dbKind: DbKind;
  caller: Caller | null;
  /** The one way events come in; it hands what they touched to the server's rescorer. */
  ingest: Ingest;
};

/**
 * Builds the context from the Authorization header; an unknown token is simply anonymous. Without a
 * rescorer (tests, one-off callers) writes re-score before they return; the server passes its scheduler.
 */
export async function createContext(
  db: Db,
  dbKind: DbKind,
  authorization: string | null | undefined,
  rescorer: Rescorer = new InlineRescorer(db),
): Promise<Context> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const caller = token ? await findCallerByToken(db, token) : null;
  return { db, dbKind, caller, ingest: new Ingest(db, rescorer) };
}

/**
 * Every procedure declares who may call it and what it is scoped to; the authorization test reads this.
 * `seller`: the input names a seller the caller must be allowed to see; `marketplace`: a moderator only its
 * own; `caller`: what the procedure returns is filtered to the caller (lists, queues, their own profile).
 */
export interface Meta {
  access: 'public' | readonly Role[];
  scope?: 'seller' | 'marketplace' | 'caller';
}

const codeOf: Record<ErrorKind, TRPC_ERROR_CODE_KEY> = {
  not_found: 'NOT_FOUND',
  invalid: 'BAD_REQUEST',
  forbidden: 'FORBIDDEN',
  conflict: 'CONFLICT',
};

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    isDev: development,
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof z.ZodError ? error.cause : null;
      // An internal error's message may hold SQL or ids; the server logs it (app.ts), the caller gets a word.
      const internal = error.code === 'INTERNAL_SERVER_ERROR' && !development;
      const { stack: _stack, ...data } = shape.data;
      return {
        ...shape,
        message: internal ? 'internal error' : shape.message,
        data: {
          ...(development ? shape.data : data),
          zod: zodError ? z.flattenError(zodError) : null,
          issues: zodError?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? null,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain and service errors become tRPC errors here and nowhere else. */
const mappedErrors = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) throw new TRPCError({ code: codeOf[cause.kind], message: cause.message, cause });
  return result;
});

export const publicProcedure = mappedErrors.meta({ access: 'public' });

/** A procedure callable by the given roles; its context has a non-null caller. */
export function procedureFor(...roles: Role[]) {
  return mappedErrors.meta({ access: roles, scope: 'caller' }).use(({ ctx, next }) => {
    if (!ctx.caller) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'a bearer token is required' });
    if (!roles.includes(ctx.caller.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `role ${ctx.caller.role} may not call this` });
    }
    return next({ ctx: { ...ctx, caller: ctx.caller } });
  });
}

/**
 * A procedure about one seller: its input has `marketplace` and `seller` (more fields may be added with
 * `.input`), and the middleware lets through only a caller who may see that seller, with `ctx.seller` set.
 * The same FORBIDDEN whether or not the seller exists, so nobody learns which shops there are.
 */
export function sellerProcedure(...roles: Role[]) {
  return procedureFor(...roles)
    .meta({ access: roles, scope: 'seller' })
    .input(sellerRef)
    .use(async ({ ctx, input, next }) => {
      const target: SellerRef = { marketplace: input.marketplace, seller: input.seller };
      await assertMaySeeSeller(ctx.db, ctx.caller, target);
      return next({ ctx: { ...ctx, seller: target } });
    });
}

/** A procedure about one marketplace: a moderator reaches only its own, an admin every one. */
export function marketplaceProcedure(...roles: ('moderator' | 'admin')[]) {
  return procedureFor(...roles)
    .meta({ access: roles, scope: 'marketplace' })
    .input(z.object({ marketplace: z.string().min(1).max(128) }))
    .use(({ ctx, input, next }) => {
      assertMaySeeMarketplace(ctx.caller, input.marketplace);
      return next({ ctx: { ...ctx, marketplace: input.marketplace } });
    });
}

/**
 * FORBIDDEN unless the caller may see this seller, the same whether or not it exists; NOT_FOUND only for a
 * caller who may see it (an admin, the marketplace's moderator) and it is not stored.
 */
export async function assertMaySeeSeller(db: Db, caller: Caller, target: SellerRef): Promise<void> {
  const tie = await sellerTie(db, caller, target);
  if (!maySeeSeller(caller, target, tie)) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `you may not see seller ${target.marketplace}/${target.seller}`,
    });
  }
  if (!tie.exists) throw noSeller(target.marketplace, target.seller);
}

export function assertMaySeeMarketplace(caller: Caller, marketplace: string): void {
  if (caller.role === 'admin' || (caller.role === 'moderator' && caller.marketplaceId === marketplace)) return;
  throw new TRPCError({ code: 'FORBIDDEN', message: `you may not act on marketplace ${marketplace}` });
}

export const anyRole = ['seller', 'account_manager', 'moderator', 'admin'] as const satisfies readonly Role[];
