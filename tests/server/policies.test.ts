import type { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/query.ts';
import { createUserWithToken } from '../../server/db/users.ts';
import { demoMarketplace } from '../../server/demo/generate.ts';
import { loadDemo } from '../../server/demo/load.ts';
import { EvaluationScheduler } from '../../server/jobs/scheduler.ts';
import { appRouter } from '../../server/routers/index.ts';
import { evaluateAll, latestEvaluation } from '../../server/services/quality.ts';
import { createCallerFactory, createContext } from '../../server/trpc.ts';
import { policies } from '../../shared/policies/index.ts';
import { applyEvents } from '../support/events.ts';
import { openTestDatabase } from '../support/test-db.ts';

/** A marketplace's policy is data: who sees it, how an admin changes it, and what a change sets off. */
const day = '2026-11-23';
const asOf = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
const makeCaller = createCallerFactory(appRouter);
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let scheduler: EvaluationScheduler;
let seller: ReturnType<typeof makeCaller>;
let admin: ReturnType<typeof makeCaller>;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemo(database.db, { sellers: 12, seed: 2, asOf: new Date(`${day}T00:00:00Z`), tokensFile: '/dev/null' });
  await evaluateAll(database.db, { asOf });
  scheduler = new EvaluationScheduler(database.db, { now: () => new Date(`${day}T12:00:00Z`) });
  const shop = { marketplace: 'demo', seller: 's-worsened' };
  const sellerUser = await createUserWithToken(database.db, { name: 'Shop', role: 'seller', shops: [shop] });
  const adminUser = await createUserWithToken(database.db, { name: 'Admin', role: 'admin' });
  seller = makeCaller(await createContext(database.db, database.kind, `Bearer ${sellerUser.token}`, scheduler));
  admin = makeCaller(await createContext(database.db, database.kind, `Bearer ${adminUser.token}`, scheduler));
}, 120_000);
afterAll(async () => {
  await scheduler.stop();
  await database.close();
});

describe("a marketplace's policy", () => {
  it('shows a seller the rules it is judged by: the policy, the numbers overridden, and the result', async () => {
    const shown = await seller.policies.forSeller({ marketplace: 'demo', seller: 's-worsened' });
    expect(shown).toMatchObject({ marketplace: 'demo', policy: 'prom', overrides: demoMarketplace.policyOverrides });
    expect(shown.effective.trial).toEqual(policies.backmarket.trial);
    expect(shown.effective.exclusion).toEqual(policies.prom.exclusion);
  });

  it('is changed by an admin, audited, and every seller judged again under it', async () => {
    expect((await latestEvaluation(database.db, 'demo', 's-worsened'))?.status).toBe('at_risk');
    const previous = demoMarketplace.policyOverrides;
    // A year of at least 100,000 orders before anyone is judged: nobody has enough data.
    const changed = await admin.policies.setOverrides({
      marketplace: 'demo',
      overrides: { ...previous, minOrders: 100_000 },
    });
    expect(changed.effective.minOrders).toBe(100_000);
    await scheduler.stop();
    const after = await latestEvaluation(database.db, 'demo', 's-worsened');
    expect(after?.flags).toContain('not_enough_data');
    expect(after?.status).not.toBe('at_risk');
    const [audited] = await queryRows<{ action: string; details: { before: unknown; after: unknown } }>(
      database.db,
      sql`SELECT action, details FROM audit_log WHERE marketplace_id = 'demo' AND action = 'policy.overrides'`,
    );
    expect(audited?.details).toEqual({ before: previous, after: { ...previous, minOrders: 100_000 } });
    await admin.policies.setOverrides({ marketplace: 'demo', overrides: previous ?? {} });
    await scheduler.stop();
    expect((await latestEvaluation(database.db, 'demo', 's-worsened'))?.status).toBe('at_risk');
  });

  it('refuses an override out of range or unknown, naming the field, and an unknown marketplace', async () => {
    const refused = (overrides: unknown) =>
      admin.policies.setOverrides({ marketplace: 'demo', overrides } as never).then(
        () => null,
        (error: TRPCError) => ({ code: error.code, message: error.message }),
      );
    expect(await refused({ thresholds: { defectRate: 2 } })).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('defectRate'),
    });
    expect(await refused({ thresholdz: {} })).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('thresholdz'),
    });
    await expect(admin.policies.setOverrides({ marketplace: 'nowhere', overrides: {} })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await seller.policies.forSeller({ marketplace: 'demo', seller: 's-worsened' })).overrides).toEqual(
      demoMarketplace.policyOverrides,
    );
  });

  it('changed by an imported marketplace event counts as a change only when it differs from the stored one', async () => {
    expect((await applyEvents(database.db, [demoMarketplace])).policiesChanged).toEqual([]);
    const { policyOverrides: _kept, ...withoutOverrides } = demoMarketplace;
    expect((await applyEvents(database.db, [withoutOverrides])).policiesChanged).toEqual([]);
    const stricter = { ...demoMarketplace, policyOverrides: { ...demoMarketplace.policyOverrides, minOrders: 10 } };
    expect((await applyEvents(database.db, [stricter])).policiesChanged).toEqual(['demo']);
    expect((await applyEvents(database.db, [{ ...demoMarketplace, policy: 'generic' }])).policiesChanged).toEqual([
      'demo',
    ]);
    expect((await applyEvents(database.db, [demoMarketplace])).policiesChanged).toEqual(['demo']);
  });
});
