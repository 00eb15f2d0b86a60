import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../server/auth/tokens.ts';
import { insertClaim } from '../../server/db/claims.ts';
import { insertCase } from '../../server/db/enforcement.ts';
import { createUserWithToken } from '../../server/db/users.ts';
import { openCase } from '../../server/domain/enforcement/case.ts';
import { appRouter } from '../../server/routers/index.ts';
import { createCallerFactory, createContext, type Meta } from '../../server/trpc.ts';
import type { ImportEvent } from '../../shared/events.ts';
import type { Role } from '../../shared/roles.ts';
import { applyEvents } from '../support/events.ts';
import { openTestDatabase } from '../support/test-db.ts';

/**
 * Every procedure, called as every kind of caller. A procedure added to the router without an entry
 * here fails the first test, so nobody ships a procedure whose access nobody thought about.
 */
type Actor =
  | 'anonymous'
  | 'seller'
  | 'otherSeller'
  | 'manager'
  | 'otherManager'
  | 'moderator'
  | 'otherModerator'
  | 'admin';
/** NOT_FOUND: a row of another marketplace or shop answers as a missing one, so its id tells nothing. */
type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHORIZED' | 'NOT_FOUND';
const actors: Actor[] = [
  'anonymous',
  'seller',
  'otherSeller',
  'manager',
  'otherManager',
  'moderator',
  'otherModerator',
  'admin',
];

const ownSeller = { marketplace: 'mkt-a', seller: 's1' };
const sellerEvent = (marketplace: string, id: string): ImportEvent => ({
  type: 'seller',
  marketplace,
  id,
  name: `Shop ${id}`,
  country: 'UA',
  language: 'uk',
  category: 'electronics',
  joinedAt: '2025-01-01T00:00:00Z',
});

const allSignedIn = {
  anonymous: 'UNAUTHORIZED',
  seller: 'ok',
  otherSeller: 'ok',
  manager: 'ok',
  otherManager: 'ok',
  moderator: 'ok',
  otherModerator: 'ok',
  admin: 'ok',
} as const;
const onlyWhoSeesS1 = {
  anonymous: 'UNAUTHORIZED',
  seller: 'ok',
  otherSeller: 'FORBIDDEN',
  manager: 'ok',
  otherManager: 'FORBIDDEN',
  moderator: 'ok',
  otherModerator: 'FORBIDDEN',
  admin: 'ok',
} as const;

const moderatorsOfA = {
  anonymous: 'UNAUTHORIZED',
  seller: 'FORBIDDEN',
  otherSeller: 'FORBIDDEN',
  manager: 'FORBIDDEN',
  otherManager: 'FORBIDDEN',
  moderator: 'ok',
  otherModerator: 'FORBIDDEN',
  admin: 'ok',
} as const;

/** A fresh enforcement case on s1 for each call, so state changes by one caller do not decide another's outcome. */
async function freshCase(state: 'at_risk' | 'excluded'): Promise<string> {
  const now = new Date();
  const c = openCase(newId('case'), 'worsened_30d', now);
  await insertCase(
    database.db,
    'mkt-a',
    's1',
    state === 'excluded' ? { ...c, state, excludedAt: now, reReviewDueAt: now } : c,
    null,
  );
  return c.id;
}

/** A fresh open claim on s1 for each call, so one caller's answer does not close it for the next. */
async function freshClaim(): Promise<string> {
  const id = newId('clm');
  await insertClaim(database.db, {
    id,
    marketplaceId: 'mkt-a',
    sellerId: 's1',
    orderId: 'o1',
    type: 'problem',
    state: 'open',
    problem: 'cosmetic_damage',
    amount: '10.00',
    currency: 'UAH',
  });
  return id;
}
// Another shop's claim answers as a missing one.
const sellersAndAdmins = { ...moderatorsOfA, seller: 'ok', otherSeller: 'NOT_FOUND', moderator: 'FORBIDDEN' } as const;

type Input = unknown | (() => Promise<unknown>);
const table: Record<string, { roles: readonly Role[] | 'public'; input: Input; expect: Record<Actor, Outcome> }> = {
  'me.whoami': { roles: ['seller', 'account_manager', 'moderator', 'admin'], input: undefined, expect: allSignedIn },
  'sellers.list': { roles: ['seller', 'account_manager', 'moderator', 'admin'], input: {}, expect: allSignedIn },
  'sellers.overview': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: ownSeller,
    expect: onlyWhoSeesS1,
  },
  'scores.forSeller': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: ownSeller,
    expect: onlyWhoSeesS1,
  },
  'scores.history': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: ownSeller,
    expect: onlyWhoSeesS1,
  },
  'clusters.forSeller': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: ownSeller,
    expect: onlyWhoSeesS1,
  },
  'scores.portfolio': {
    roles: ['account_manager', 'moderator', 'admin'],
    input: {},
    expect: {
      anonymous: 'UNAUTHORIZED',
      seller: 'FORBIDDEN',
      otherSeller: 'FORBIDDEN',
      manager: 'ok',
      otherManager: 'ok',
      moderator: 'ok',
      otherModerator: 'ok',
      admin: 'ok',
    },
  },
  'enforcement.queue': {
    roles: ['moderator', 'admin'],
    input: undefined,
    expect: { ...moderatorsOfA, otherModerator: 'ok' },
  },
  'enforcement.forSeller': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: ownSeller,
    expect: onlyWhoSeesS1,
  },
  'enforcement.exclude': {
    roles: ['moderator', 'admin'],
    input: async () => ({ caseId: await freshCase('at_risk'), reason: 'late dispatch doubled' }),
    expect: { ...moderatorsOfA, otherModerator: 'NOT_FOUND' },
  },
  'enforcement.dismiss': {
    roles: ['moderator', 'admin'],
    input: async () => ({ caseId: await freshCase('at_risk'), reason: 'one-off courier strike' }),
    expect: { ...moderatorsOfA, otherModerator: 'NOT_FOUND' },
  },
  'enforcement.decide': {
    roles: ['moderator', 'admin'],
    input: async () => ({ caseId: await freshCase('excluded'), decision: 'extend', reason: 'negatives still open' }),
    expect: { ...moderatorsOfA, otherModerator: 'NOT_FOUND' },
  },
  'enforcement.letterReceived': {
    roles: ['seller', 'moderator', 'admin'],
    input: async () => {
      await freshCase('excluded');
      return ownSeller;
    },
    expect: { ...moderatorsOfA, seller: 'ok' },
  },
  'strategies.forSeller': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: ownSeller,
    expect: onlyWhoSeesS1,
  },
  'strategies.set': {
    roles: ['seller', 'admin'],
    input: { ...ownSeller, category: 'phones', repairCost: 0.7, failureCost: 0.2 },
    expect: { ...moderatorsOfA, seller: 'ok', moderator: 'FORBIDDEN' },
  },
  'pillars.forSeller': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: ownSeller,
    expect: onlyWhoSeesS1,
  },
  'reviews.reasonGroups': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: ownSeller,
    expect: onlyWhoSeesS1,
  },
  'reviews.unresolved': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: ownSeller,
    expect: onlyWhoSeesS1,
  },
  'reviews.correctLabels': {
    roles: ['seller', 'moderator', 'admin'],
    input: { marketplace: 'mkt-a', review: 'rv1', reasons: ['delivery_late'], component: null, sentiment: 'negative' },
    expect: { ...moderatorsOfA, seller: 'ok', otherSeller: 'NOT_FOUND', otherModerator: 'NOT_FOUND' },
  },
  'reviews.fakeSignals': { roles: ['moderator', 'admin'], input: ownSeller, expect: moderatorsOfA },
  'reviews.corrections': {
    roles: ['moderator', 'admin'],
    input: {},
    expect: { ...moderatorsOfA, otherModerator: 'ok' },
  },
  'drafts.forReview': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: { ...ownSeller, review: 'rv1' },
    expect: onlyWhoSeesS1,
  },
  'drafts.check': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: { text: 'We are sorry for the delay.', lang: 'en' },
    expect: allSignedIn,
  },
  'policies.forSeller': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: ownSeller,
    expect: onlyWhoSeesS1,
  },
  'policies.setOverrides': {
    roles: ['admin'],
    input: { marketplace: 'mkt-a', overrides: { minOrders: 20 } },
    expect: { ...moderatorsOfA, moderator: 'FORBIDDEN' },
  },
  'claims.forSeller': {
    roles: ['seller', 'account_manager', 'moderator', 'admin'],
    input: ownSeller,
    expect: onlyWhoSeesS1,
  },
  'claims.accept': {
    roles: ['seller', 'admin'],
    input: async () => ({ marketplace: 'mkt-a', claim: await freshClaim() }),
    expect: sellersAndAdmins,
  },
  'claims.counter': {
    roles: ['seller', 'admin'],
    input: async () => ({ marketplace: 'mkt-a', claim: await freshClaim(), amount: '5.00' }),
    expect: sellersAndAdmins,
  },
  'claims.decline': {
    roles: ['seller', 'admin'],
    input: async () => ({ marketplace: 'mkt-a', claim: await freshClaim(), reason: 'not our item' }),
    expect: sellersAndAdmins,
  },
  'ingest.events': {
    roles: ['moderator', 'admin'],
    input: { events: [sellerEvent('mkt-a', 's9')] },
    expect: {
      anonymous: 'UNAUTHORIZED',
      seller: 'FORBIDDEN',
      otherSeller: 'FORBIDDEN',
      manager: 'FORBIDDEN',
      otherManager: 'FORBIDDEN',
      moderator: 'ok',
      otherModerator: 'FORBIDDEN',
      admin: 'ok',
    },
  },
};

let database: Awaited<ReturnType<typeof openTestDatabase>>;
const tokens = new Map<Actor, string | null>();

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database;
  await applyEvents(db, [
    { type: 'marketplace', id: 'mkt-a', name: 'A', policy: 'prom', currency: 'UAH', language: 'uk' },
    { type: 'marketplace', id: 'mkt-b', name: 'B', policy: 'generic', currency: 'EUR', language: 'en' },
    sellerEvent('mkt-a', 's1'),
    sellerEvent('mkt-a', 's2'),
    sellerEvent('mkt-b', 's3'),
    {
      type: 'review',
      marketplace: 'mkt-a',
      id: 'rv1',
      seller: 's1',
      order: null,
      createdAt: '2026-10-01T10:00:00Z',
      rating: 1,
      text: 'Late again',
      lang: 'en',
      author: 'A',
      verified: true,
    },
  ]);
  const make = async (actor: Actor, user: Parameters<typeof createUserWithToken>[1]) =>
    tokens.set(actor, (await createUserWithToken(db, user)).token);
  tokens.set('anonymous', null);
  await make('seller', { name: 'Seller', role: 'seller', shops: [ownSeller] });
  await make('otherSeller', { name: 'Other seller', role: 'seller', shops: [{ marketplace: 'mkt-a', seller: 's2' }] });
  await make('manager', { name: 'AM', role: 'account_manager', locale: 'fr', assigned: [ownSeller] });
  await make('otherManager', {
    name: 'AM2',
    role: 'account_manager',
    locale: 'de',
    assigned: [{ marketplace: 'mkt-b', seller: 's3' }],
  });
  await make('moderator', { name: 'Mod', role: 'moderator', marketplaceId: 'mkt-a' });
  await make('otherModerator', { name: 'Mod B', role: 'moderator', marketplaceId: 'mkt-b' });
  await make('admin', { name: 'Admin', role: 'admin' });
});
afterAll(() => database.close());

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: Meta } }>;

async function callAs(actor: Actor, path: string, inputOrMake: Input): Promise<Outcome> {
  const input = typeof inputOrMake === 'function' ? await (inputOrMake as () => Promise<unknown>)() : inputOrMake;
  const token = tokens.get(actor);
  const ctx = await createContext(database.db, database.kind, token ? `Bearer ${token}` : null);
  const caller = createCallerFactory(appRouter)(ctx) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [namespace = '', name = ''] = path.split('.');
  const procedure = caller[namespace]?.[name];
  if (!procedure) throw new Error(`no procedure ${path}`);
  try {
    await procedure(input);
    return 'ok';
  } catch (error) {
    if (error instanceof TRPCError && ['FORBIDDEN', 'UNAUTHORIZED', 'NOT_FOUND'].includes(error.code))
      return error.code as Outcome;
    throw error;
  }
}

describe('authorization', () => {
  it('has an entry for every procedure, matching the roles it declares', () => {
    expect(Object.keys(procedures).sort()).toEqual(Object.keys(table).sort());
    for (const [path, procedure] of Object.entries(procedures)) {
      expect(procedure._def.meta?.access, path).toEqual(table[path]?.roles);
    }
  });

  for (const [path, entry] of Object.entries(table)) {
    for (const actor of actors) {
      it(`${path} as ${actor}: ${entry.expect[actor]}`, async () => {
        expect(await callAs(actor, path, entry.input)).toBe(entry.expect[actor]);
      });
    }
  }

  it('lists only the sellers each caller may see', async () => {
    const list = async (actor: Actor) => {
      const ctx = await createContext(database.db, database.kind, `Bearer ${tokens.get(actor)}`);
      const rows = await createCallerFactory(appRouter)(ctx).sellers.list({});
      return rows.map((r) => `${r.marketplace}/${r.seller}`);
    };
    expect(await list('seller')).toEqual(['mkt-a/s1']);
    expect(await list('manager')).toEqual(['mkt-a/s1']);
    const moderatorSees = await list('moderator');
    expect(moderatorSees).toEqual(expect.arrayContaining(['mkt-a/s1', 'mkt-a/s2']));
    expect(moderatorSees.every((ref) => ref.startsWith('mkt-a/'))).toBe(true);
    expect(await list('otherModerator')).toEqual(['mkt-b/s3']);
    expect(await list('admin')).toEqual(expect.arrayContaining(['mkt-a/s1', 'mkt-a/s2', 'mkt-b/s3']));
  });

  it('refuses a revoked or unknown token as anonymous', async () => {
    const ctx = await createContext(database.db, database.kind, 'Bearer sl_not-a-real-token');
    expect(ctx.caller).toBeNull();
  });
});
