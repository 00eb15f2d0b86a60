import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Db } from '../../server/db/client.ts';
import { copySnapshots, latestSnapshot, saveSnapshots, setPolicyOverrides } from '../../server/db/quality/snapshots.ts';
import { queryRows } from '../../server/db/query.ts';
import { createUserWithToken } from '../../server/db/users.ts';
import { loadDemo } from '../../server/demo/load.ts';
import { EvaluationScheduler } from '../../server/jobs/scheduler.ts';
import {
  evaluateAll,
  evaluationWithEvidence,
  latestEvaluation,
  reevaluateSellers,
} from '../../server/services/quality.ts';
import type { SellerEvaluation } from '../../shared/quality.ts';
import { openTestDatabase } from '../support/test-db.ts';

/** The quality engine on the deterministic demo marketplace, the same on PGlite and PostgreSQL. */
const day = '2026-11-23';
const asOf = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let results: Map<string, SellerEvaluation>;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemo(database.db, { sellers: 30, seed: 1, asOf: new Date(`${day}T00:00:00Z`), tokensFile: '/dev/null' });
  const evaluations = await evaluateAll(database.db, { asOf });
  results = new Map(evaluations.map((e) => [e.seller, e]));
}, 120_000);
afterAll(() => database.close());

const result = (seller: string): SellerEvaluation => {
  const found = results.get(seller);
  if (!found) throw new Error(`no evaluation for ${seller}`);
  return found;
};

describe('quality on the demo marketplace', () => {
  it('flags the seller who worsened in the last two months', () => {
    const worsened = result('s-worsened');
    expect(worsened.status).toBe('at_risk');
    expect(worsened.flags.some((f) => f === 'worsened_30d' || f === 'worsened_90d')).toBe(true);
    expect(worsened.pathToGreen.length).toBeGreaterThan(0);
  });

  it('flags the seller who was low all year', () => {
    const low = result('s-low');
    expect(low.flags).toContain('low_365d');
    expect(low.status).toBe('at_risk');
  });

  it('keeps the steady seller out of risk', () => {
    expect(['ok', 'watch']).toContain(result('s-steady').status);
    expect(result('s-steady').flags).not.toContain('low_365d');
  });

  it('says the small seller has not enough data and is not at risk', () => {
    const small = result('s-small');
    expect(small.flags).toContain('not_enough_data');
    expect(small.status).not.toBe('at_risk');
  });

  it('finds the Galaxy S10 battery cluster', () => {
    const cluster = result('s-cluster').clusters[0];
    expect(cluster).toMatchObject({ model: 'Galaxy S10', component: 'battery' });
    expect(cluster?.count).toBeGreaterThanOrEqual(8);
    expect(result('s-cluster').flags).toContain('defect_cluster');
  });

  it("names the orders behind a worsened rate when the seller is opened, all of them the seller's own", async () => {
    const opened = await evaluationWithEvidence(database.db, 'demo', 's-worsened');
    const evidence = opened?.evidence.find((e) => e.flag.startsWith('worsened_') && e.metric === 'lateDispatchRate');
    expect(evidence?.ids.length).toBeGreaterThan(0);
    const ids = evidence?.ids ?? [];
    const rows = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM orders WHERE marketplace_id = 'demo' AND seller_id = 's-worsened'
        AND id = ANY(${sql.param(ids)}::text[]) AND (shipped_at > promised_ship_by OR shipped_at IS NULL)`,
    );
    expect(rows[0]?.n).toBe(ids.length);
  });

  it("watches the trial seller's contacts per order and mystery-shopper scores", () => {
    const trial = result('s-trial');
    expect(trial.status).toBe('trial');
    const evidence = trial.evidence.find((e) => e.flag === 'trial');
    expect(evidence?.figures.mysteryShops).toBeGreaterThanOrEqual(3);
    expect(evidence?.figures.mysteryShopScore).toBe(trial.mysteryShopScore);
    expect(evidence?.figures.contactsPerOrder).toBe(trial.contactsPerOrder);
  });

  it('changes results when a marketplace overrides a policy number, without code changes', async () => {
    const [previous] = await queryRows<{ overrides: Record<string, unknown> }>(
      database.db,
      sql`SELECT policy_overrides AS overrides FROM marketplaces WHERE id = 'demo'`,
    );
    const lenient = { thresholds: { lateDispatchRate: 0.5, sellerCancellationRate: 0.5, answeredWithin24h: 0.1 } };
    await setPolicyOverrides(database.db, 'demo', { ...previous?.overrides, ...lenient });
    try {
      const relaxed = await evaluateAll(database.db, { asOf, marketplace: 'demo', save: false });
      const before = result('s-worsened').axes.delivery.score ?? 0;
      const after = relaxed.find((e) => e.seller === 's-worsened')?.axes.delivery.score ?? 0;
      expect(after).toBeGreaterThan(before);
      expect(relaxed.find((e) => e.seller === 's-worsened')?.flags).not.toContain('threshold_breached');
    } finally {
      await setPolicyOverrides(database.db, 'demo', previous?.overrides ?? {});
    }
  });

  it('gives every rate its 95% interval and n', () => {
    for (const e of results.values()) {
      for (const axis of Object.values(e.axes)) {
        for (const m of axis.metrics) {
          expect(m.low).toBeLessThanOrEqual(m.high);
          if (m.rate !== null) expect(m.rate).toBeGreaterThanOrEqual(m.low - 1e-12);
          if (m.n === 0) expect(m.rate).toBeNull();
        }
      }
    }
  });

  it('produces the same figures on PGlite and PostgreSQL', () => {
    const summary = [...results.values()]
      .sort((a, b) => a.seller.localeCompare(b.seller))
      .map((e) => ({
        seller: e.seller,
        status: e.status,
        rule: e.rule,
        flags: [...e.flags].sort(),
        scores: [e.axes.technical.score, e.axes.delivery.score, e.axes.afterSales.score],
        rates: Object.values(e.axes).flatMap((a) => a.metrics.map((m) => `${m.metric}:${m.k}/${m.n}`)),
        rating: e.rating,
        nps: e.nps,
        unresolved: e.unresolvedNegatives,
      }));
    // One snapshot file for both projects: the second engine must reproduce the first engine's figures.
    expect(summary).toMatchSnapshot();
  });

  it('reads back every seller as the run judged them, under the policy of that run', async () => {
    const [previous] = await queryRows<{ overrides: Record<string, unknown> }>(
      database.db,
      sql`SELECT policy_overrides AS overrides FROM marketplaces WHERE id = 'demo'`,
    );
    // A later policy change must not rewrite what the run decided.
    await setPolicyOverrides(database.db, 'demo', { ...previous?.overrides, thresholds: { lateDispatchRate: 0.5 } });
    try {
      for (const e of results.values()) {
        expect(await latestEvaluation(database.db, 'demo', e.seller), e.seller).toEqual(e);
      }
    } finally {
      await setPolicyOverrides(database.db, 'demo', previous?.overrides ?? {});
    }
    const [stored] = await queryRows<{ whole: number; facts: number }>(
      database.db,
      sql`SELECT count(evaluation)::int AS whole, count(facts)::int AS facts FROM score_snapshots WHERE marketplace_id = 'demo'`,
    );
    expect(stored).toEqual({ whole: 0, facts: results.size });
  });

  it('re-evaluates chosen sellers to exactly what the full run found for them', async () => {
    const chosen = ['s-worsened', 's-low', 's-cluster', 's-trial', 's-small', 's-steady'];
    const again = await reevaluateSellers(database.db, 'demo', chosen, asOf);
    expect(again.map((e) => e.seller).sort()).toEqual([...chosen].sort());
    for (const e of again) expect(e, e.seller).toEqual(result(e.seller));
  });

  it('re-evaluates a seller shortly after an ingested negative review', async () => {
    const scheduler = new EvaluationScheduler(database.db, { now: () => new Date(`${day}T12:00:00Z`), debounceMs: 10 });
    const app = createApp(database, { scheduler });
    const { token } = await createUserWithToken(database.db, { name: 'Admin', role: 'admin' });
    const before = await latestEvaluation(database.db, 'demo', 's-steady');
    const response = await app.request('/trpc/ingest.events', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        events: [
          {
            type: 'review',
            marketplace: 'demo',
            id: 'r-new-negative',
            seller: 's-steady',
            order: null,
            createdAt: `${day}T09:00:00Z`,
            rating: 1,
            text: 'Nobody answers my messages.',
            lang: 'en',
            author: 'Test',
            verified: true,
          },
        ],
      }),
    });
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await scheduler.stop();
    const after = await latestEvaluation(database.db, 'demo', 's-steady');
    expect(after?.unresolvedNegatives).toBe((before?.unresolvedNegatives ?? 0) + 1);
    const runs = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM evaluation_runs`);
    expect(runs[0]?.n).toBe(1);
  });

  it("replaces the day's snapshots on a second full run, re-evaluated sellers included, and keeps other days", async () => {
    await database.db.execute(
      sql`INSERT INTO score_snapshots (marketplace_id, seller_id, as_of, window_days, status, flags, unresolved_negatives, evaluation)
          SELECT marketplace_id, seller_id, '2026-11-01', window_days, status, flags, unresolved_negatives, '{}'::json
          FROM score_snapshots WHERE marketplace_id = 'demo' AND seller_id = 's-low'`,
    );
    await reevaluateSellers(database.db, 'demo', ['s-worsened', 's-small'], asOf);
    const again = await evaluateAll(database.db, { asOf });
    const [stored] = await queryRows<{ rows: number; sellers: number; whole: number; earlier: number }>(
      database.db,
      sql`SELECT count(*) FILTER (WHERE as_of = ${day})::int AS rows,
            count(DISTINCT seller_id) FILTER (WHERE as_of = ${day})::int AS sellers,
            count(evaluation) FILTER (WHERE as_of = ${day})::int AS whole,
            count(*) FILTER (WHERE as_of = '2026-11-01')::int AS earlier
          FROM score_snapshots WHERE marketplace_id = 'demo'`,
    );
    expect(stored).toEqual({ rows: again.length, sellers: again.length, whole: 0, earlier: 1 });
    for (const e of again) expect(await latestEvaluation(database.db, 'demo', e.seller), e.seller).toEqual(e);
  });

  it("writes a full run's snapshot over one that another process stored meanwhile, instead of failing", async () => {
    const seller = result('s-low');
    const stored = await latestSnapshot(database.db, 'demo', 's-low');
    if (!stored?.facts) throw new Error('the full run stored no facts for s-low');
    await saveSnapshots(database.db, [seller]);
    await database.db.transaction((tx) => copySnapshots(tx as unknown as Db, [seller], [stored.facts]));
    const [row] = await queryRows<{ whole: number; facts: number }>(
      database.db,
      sql`SELECT count(evaluation)::int AS whole, count(facts)::int AS facts FROM score_snapshots
          WHERE marketplace_id = 'demo' AND seller_id = 's-low' AND as_of = ${day}`,
    );
    expect(row).toEqual({ whole: 0, facts: 1 });
  });
});
