import { router } from '../trpc.ts';
import { ingestRouter } from './ingest.ts';
import { meRouter } from './me.ts';
import { sellersRouter } from './sellers.ts';

export const appRouter = router({
  me: meRouter,
  sellers: sellersRouter,
  ingest: ingestRouter,
});

export type AppRouter = typeof appRouter;
