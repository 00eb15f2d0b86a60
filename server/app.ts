import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import type { Database } from './db/client.ts';
import type { AffectedSellers } from './db/ingest.ts';
import { demoAdminRoutes } from './demo/admin/routes.ts';
import type { EvaluationScheduler } from './jobs/scheduler.ts';
import { appRouter } from './routers/index.ts';
import { type ContextHooks, createContext } from './trpc.ts';
import { version } from './version.ts';

export interface AppOptions {
  /** Re-evaluates the sellers new events touched, and a marketplace whose policy changed; without it, scores
   * update with the daily run. */
  scheduler?: EvaluationScheduler;
}

/** One Hono app: tRPC, health, the demo marketplace pages (and later the buyer widget) on one port. */
export function createApp(database: Database, options: AppOptions = {}): Hono {
  const { scheduler } = options;
  const hooks: ContextHooks = scheduler
    ? {
        onIngested: (affected: AffectedSellers) => scheduler.markDirty(affected),
        onPolicyChanged: (marketplace: string) => void scheduler.evaluateNow(marketplace),
      }
    : {};
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ ok: true, db: database.kind, version }));

  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      createContext: (_opts, c) => createContext(database.db, database.kind, c.req.header('authorization'), hooks),
    }),
  );

  app.route('/demo/admin', demoAdminRoutes(database.db));

  return app;
}
