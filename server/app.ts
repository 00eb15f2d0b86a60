import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import type { Database } from './db/client.ts';
import { demoAdminRoutes } from './demo/admin/routes.ts';
import { demoShopRoutes } from './demo/shop/routes.ts';
import { Ingest, type Rescorer } from './ingest/ingest.ts';
import { appRouter } from './routers/index.ts';
import { claimPhotoRoutes } from './routes/claim-photos.ts';
import { InlineRescorer } from './services/rescore.ts';
import { createContext } from './trpc.ts';
import { version } from './version.ts';
import type { WidgetLimits } from './widget/rate-limit.ts';
import { widgetRoutes } from './widget/routes.ts';

export interface AppOptions {
  /**
   * Keeps scores current after writes: the server passes its scheduler, which re-scores a moment later off the
   * request path. Without one, every write re-scores before it answers.
   */
  scheduler?: Rescorer;
  /** Where internal errors are reported (their details never reach the caller). */
  log?: (message: string) => void;
  /** Where buyers' claim photos are kept (env CLAIMS_DIR, else DATA_DIR/claims); a temporary one in tests. */
  claimsDir?: string;
  /** The buyer widget's rate limits (server/widget/rate-limit.ts). */
  widgetLimits?: WidgetLimits;
}

/** One Hono app: tRPC, health, the demo marketplace pages, the demo shops and the buyer widget on one port. */
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
  app.route('/demo/shop', demoShopRoutes(database.db));
  const claimsDir = options.claimsDir ?? join(tmpdir(), 'sellerlens-claims');
  app.route('/widget', widgetRoutes(database.db, { claimsDir, limits: options.widgetLimits }));
  app.route('/claims/photos', claimPhotoRoutes(database.db, claimsDir));

  return app;
}
