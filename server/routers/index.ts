import { router } from '../trpc.ts';
import { enforcementRouter } from './enforcement.ts';
import { ingestRouter } from './ingest.ts';
import { meRouter } from './me.ts';
import { clustersRouter, scoresRouter } from './scores.ts';
import { sellersRouter } from './sellers.ts';

export const appRouter = router({
  me: meRouter,
  sellers: sellersRouter,
  ingest: ingestRouter,
  scores: scoresRouter,
  clusters: clustersRouter,
  enforcement: enforcementRouter,
});

export type AppRouter = typeof appRouter;
