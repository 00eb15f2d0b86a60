import { router } from '../trpc.ts';
import { claimsRouter } from './claims.ts';
import { draftsRouter } from './drafts.ts';
import { enforcementRouter } from './enforcement.ts';
import { ingestRouter } from './ingest.ts';
import { meRouter } from './me.ts';
import { policiesRouter } from './policies.ts';
import { reviewsRouter } from './reviews.ts';
import { clustersRouter, scoresRouter } from './scores.ts';
import { sellersRouter } from './sellers.ts';
import { pillarsRouter, strategiesRouter } from './strategies.ts';

export const appRouter = router({
  me: meRouter,
  sellers: sellersRouter,
  ingest: ingestRouter,
  scores: scoresRouter,
  clusters: clustersRouter,
  enforcement: enforcementRouter,
  policies: policiesRouter,
  strategies: strategiesRouter,
  pillars: pillarsRouter,
  reviews: reviewsRouter,
  claims: claimsRouter,
  drafts: draftsRouter,
});

export type AppRouter = typeof appRouter;
