import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import type { Database } from './db/client.ts';
import { appRouter } from './routers/index.ts';
import { createContext } from './trpc.ts';
import { version } from './version.ts';

/** One Hono app: tRPC, health, and (mounted by callers) the demo marketplace pages and widget. */
export function createApp(database: Database): Hono {
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ ok: true, db: database.kind, version }));

  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      createContext: (_opts, c) => createContext(database.db, database.kind, c.req.header('authorization')),
    }),
  );

  return app;
}
