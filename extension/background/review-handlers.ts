import { type SellerRefInput, sellerRef } from '../../shared/api.ts';
import type { Settings } from '../connection.ts';
import type { ReasonGroup, ReviewInsightsResult, UnresolvedReview } from '../messaging.ts';
import { type ApiClient, isUnreachable, requestTimeoutMs, toFailure } from './api.ts';
import type { ReviewInsightsCache } from './review-cache.ts';

/** The two review calls, narrowed from the tRPC client so that the handler can be tested alone. */
export interface ReviewApi {
  unresolved(ref: SellerRefInput): Promise<UnresolvedReview[]>;
  reasonGroups(ref: SellerRefInput): Promise<ReasonGroup[]>;
}

export function reviewApi(client: ApiClient): ReviewApi {
  const signal = () => AbortSignal.timeout(requestTimeoutMs);
  return {
    unresolved: (ref) => client.reviews.unresolved.query(ref, { signal: signal() }),
    reasonGroups: (ref) => client.reviews.reasonGroups.query(ref, { signal: signal() }),
  };
}

export interface ReviewDeps {
  readSettings(): Promise<Settings>;
  reviewApi(settings: Settings): ReviewApi;
  reviewCache: ReviewInsightsCache;
  now(): Date;
}

/** Fresh insights when the server answers, the cached ones (stale) when it cannot be reached. */
export async function getReviewInsights(deps: ReviewDeps, input: unknown): Promise<ReviewInsightsResult> {
  const parsed = sellerRef.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'not_found', message: 'not a seller reference' };
  const ref = parsed.data;
  const settings = await deps.readSettings();
  if (!settings.token) return { ok: false, error: 'no_token', message: 'no token is set' };
  try {
    const api = deps.reviewApi(settings);
    // Batched into one request by the client's httpBatchLink.
    const [unresolved, reasonGroups] = await Promise.all([api.unresolved(ref), api.reasonGroups(ref)]);
    const fetchedAt = deps.now().toISOString();
    await deps.reviewCache.put(ref, { unresolved, reasonGroups, fetchedAt });
    return { ok: true, unresolved, reasonGroups, stale: false, fetchedAt };
  } catch (error) {
    const failure = toFailure(error);
    if (isUnreachable(failure)) {
      const cached = await deps.reviewCache.get(ref);
      if (cached) return { ok: true, ...cached, stale: true };
    } else {
      await deps.reviewCache.delete(ref);
    }
    return failure;
  }
}
