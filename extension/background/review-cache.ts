import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SellerRefInput } from '../../shared/api.ts';
import type { ReasonGroup, UnresolvedReview } from '../messaging.ts';

/** The last review insights the server gave per seller, shown (marked stale) while it is unreachable. */

export interface CachedReviewInsights {
  unresolved: UnresolvedReview[];
  reasonGroups: ReasonGroup[];
  fetchedAt: string;
}

export interface ReviewInsightsCache {
  get(ref: SellerRefInput): Promise<CachedReviewInsights | null>;
  put(ref: SellerRefInput, entry: CachedReviewInsights): Promise<void>;
  delete(ref: SellerRefInput): Promise<void>;
  clear(): Promise<void>;
}

interface Schema extends DBSchema {
  insights: { key: [string, string]; value: CachedReviewInsights & { marketplace: string; seller: string } };
}

const key = (ref: SellerRefInput): [string, string] => [ref.marketplace, ref.seller];

/** Its own database, so the overview cache's schema and version stay as they are. */
export function openReviewInsightsCache(name = 'sellerlens-review-insights'): ReviewInsightsCache {
  let db: Promise<IDBPDatabase<Schema>> | undefined;
  const open = () => {
    db ??= openDB<Schema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('insights', { keyPath: ['marketplace', 'seller'] });
      },
    });
    return db;
  };
  return {
    async get(ref) {
      const row = await (await open()).get('insights', key(ref));
      return row ? { unresolved: row.unresolved, reasonGroups: row.reasonGroups, fetchedAt: row.fetchedAt } : null;
    },
    async put(ref, entry) {
      await (await open()).put('insights', { ...entry, marketplace: ref.marketplace, seller: ref.seller });
    },
    async delete(ref) {
      await (await open()).delete('insights', key(ref));
    },
    async clear() {
      await (await open()).clear('insights');
    },
  };
}

/** A cache in memory, for tests. */
export function memoryReviewInsightsCache(): ReviewInsightsCache {
  const rows = new Map<string, CachedReviewInsights>();
  const id = (ref: SellerRefInput) => JSON.stringify(key(ref));
  return {
    get: async (ref) => rows.get(id(ref)) ?? null,
    put: async (ref, entry) => {
      rows.set(id(ref), entry);
    },
    delete: async (ref) => {
      rows.delete(id(ref));
    },
    clear: async () => rows.clear(),
  };
}
