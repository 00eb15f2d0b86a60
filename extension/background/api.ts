import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import type { AppRouter } from '../../server/routers/index.ts';
import type { SellerOverview, SellerRefInput, Whoami } from '../../shared/api.ts';
import type { SellerEvaluation } from '../../shared/quality.ts';
import type { Settings } from '../connection.ts';
import type { ApiErrorCode, ApiFailure } from '../messaging.ts';

export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;

/** How long one call may take before the server counts as unreachable. */
export const requestTimeoutMs = 8_000;

export function createApiClient({ serverUrl, token }: Settings): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${serverUrl}/trpc`,
        headers: () => ({ authorization: `Bearer ${token}` }),
      }),
    ],
  });
}

/** One client for the current settings; a new server URL or token builds a new one. */
export class ApiClients {
  #key: string | null = null;
  #client: ApiClient | null = null;

  get(settings: Settings): ApiClient {
    const key = `${settings.serverUrl}\u0000${settings.token}`;
    if (this.#client === null || this.#key !== key) {
      this.#client = createApiClient(settings);
      this.#key = key;
    }
    return this.#client;
  }
}

const codes: Record<string, ApiErrorCode> = {
  UNAUTHORIZED: 'unauthorized',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not_found',
};

/** A thrown client error as a message result; a request that got no response at all is `offline`. */
export function toFailure(error: unknown): ApiFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof TRPCClientError) {
    const code: unknown = error.data?.code;
    if (typeof code === 'string') return { ok: false, error: codes[code] ?? 'server_error', message };
    if (error.meta?.response !== undefined) return { ok: false, error: 'server_error', message };
  }
  return { ok: false, error: 'offline', message };
}

/** Failures for which the last known figures are better than nothing. */
export function isUnreachable(failure: ApiFailure): boolean {
  return failure.error === 'offline' || failure.error === 'server_error';
}

/** The calls the background makes, narrowed from the tRPC client so that handlers can be tested alone. */
export interface ServerApi {
  sellerOverview(ref: SellerRefInput): Promise<SellerOverview>;
  sellerQuality(ref: SellerRefInput): Promise<SellerEvaluation>;
  whoami(): Promise<Whoami>;
}

export function serverApi(client: ApiClient): ServerApi {
  const signal = () => AbortSignal.timeout(requestTimeoutMs);
  return {
    sellerOverview: (ref) => client.sellers.overview.query(ref, { signal: signal() }),
    sellerQuality: (ref) => client.scores.forSeller.query(ref, { signal: signal() }),
    whoami: () => client.me.whoami.query(undefined, { signal: signal() }),
  };
}
