import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Role } from '../shared/roles.ts';
import type { Db, DbKind } from './db/client.ts';
import type { AffectedSellers } from './db/ingest.ts';
import { findCallerByToken } from './db/users.ts';
import type { Caller } from './domain/access.ts';

// A type alias (not an interface) so that it satisfies Hono's Record<string, unknown> context bound.
export type Context = {
  db: Db;
  dbKind: DbKind;
  caller: Caller | null;
  /** Told which sellers new events touched, so they are re-evaluated. */
  onIngested?: (affected: AffectedSellers) => void;
  /** Told when a marketplace's policy or its overrides changed, so the whole marketplace is evaluated again. */
  onPolicyChanged?: (marketplace: string) => void;
};

/** What the server does after a request changed data: the scheduler's hooks (none in most tests). */
export type ContextHooks = Pick<Context, 'onIngested' | 'onPolicyChanged'>;

/** Builds the context from the Authorization header; an unknown token is simply anonymous. */
export async function createContext(
  db: Db,
  dbKind: DbKind,
  authorization: string | null | undefined,
  hooks: ContextHooks = {},
): Promise<Context> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const caller = token ? await findCallerByToken(db, token) : null;
  return { db, dbKind, caller, ...hooks };
}

/** Every procedure declares who may call it; the authorization test reads this. */
export interface Meta {
  access: 'public' | readonly Role[];
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof z.ZodError ? error.cause : null;
      return {
        ...shape,
        data: {
          ...shape.data,
          zod: zodError ? z.flattenError(zodError) : null,
          issues: zodError?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? null,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.meta({ access: 'public' });

/** A procedure callable by the given roles; its context has a non-null caller. */
export function procedureFor(...roles: Role[]) {
  return t.procedure.meta({ access: roles }).use(({ ctx, next }) => {
    if (!ctx.caller) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'a bearer token is required' });
    if (!roles.includes(ctx.caller.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `role ${ctx.caller.role} may not call this` });
    }
    return next({ ctx: { ...ctx, caller: ctx.caller } });
  });
}

export const anyRole = ['seller', 'account_manager', 'moderator', 'admin'] as const satisfies readonly Role[];
