import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import type { Database } from './db/client.ts';
import { demoAdminRoutes } from './demo/admin/routes.ts';
import { Ingest, type Rescorer } from './ingest/ingest.ts';
import { appRouter } from './routers/index.ts';
import { InlineRescorer } from './services/rescore.ts';
import { createContext } from './trpc.ts';
import { version } from './version.ts';

export interface AppOptions {
  /**
   * Keeps scores current after writes: the server passes its scheduler, which re-scores a moment later off the
   * request path. Without one, every write re-scores before it answers.
   */
  scheduler?: Rescorer;
  /** Where internal errors are reported (their details never reach the caller). */
  log?: (message: string) => void;
}

/** One Hono app: tRPC, health, the demo marketplace pages (and later the buyer widget) on one port. */
export function createApp(database: Database, options: AppOptions = {}): Hono {
  const rescorer = options.scheduler ?? new InlineRescorer(database.db);
  const log = options.log ?? ((message: string) => console.error(message));
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ ok: true, db: database.kind, version }));

  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      createContext: (_opts, c) => createContext(database.db, database.kind, c.req.header('authorization'), rescorer),
      onError: ({ error, path }) => {
        if (error.code !== 'INTERNAL_SERVER_ERROR') return;
        log(`[trpc] ${path ?? '?'}: ${error.cause?.stack ?? error.stack ?? error.message}`);
      },
    }),
  );

  app.route('/demo/admin', demoAdminRoutes(new Ingest(database.db, rescorer)));

  return app;
}
