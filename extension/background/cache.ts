import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SellerOverview, SellerRefInput } from '../../shared/api.ts';
import type { SellerEvaluation } from '../../shared/quality.ts';

/**
 * The last overview and quality evaluation the server gave per seller, fetched and cached together and
 * shown (marked stale) while the server is unreachable.
 */

export interface CachedOverview {
  overview: SellerOverview;
  quality: SellerEvaluation | null;
  fetchedAt: string;
}

export interface OverviewCache {
  get(ref: SellerRefInput): Promise<CachedOverview | null>;
  put(entry: CachedOverview): Promise<void>;
  delete(ref: SellerRefInput): Promise<void>;
  clear(): Promise<void>;
}

interface CacheSchema extends DBSchema {
  overviews: {
    key: [string, string];
    value: CachedOverview & { marketplace: string; seller: string };
  };
}

const key = (ref: SellerRefInput): [string, string] => [ref.marketplace, ref.seller];

export function openOverviewCache(name = 'sellerlens-cache'): OverviewCache {
  let db: Promise<IDBPDatabase<CacheSchema>> | undefined;
  const open = () => {
    db ??= openDB<CacheSchema>(name, 1, {
      upgrade(database) {
        database.createObjectStore('overviews', { keyPath: ['marketplace', 'seller'] });
      },
    });
    return db;
  };
  return {
    async get(ref) {
      const row = await (await open()).get('overviews', key(ref));
      // Rows written before evaluations were cached have no `quality`.
      return row ? { overview: row.overview, quality: row.quality ?? null, fetchedAt: row.fetchedAt } : null;
    },
    async put(entry) {
      const { marketplace, seller } = entry.overview;
      await (await open()).put('overviews', { ...entry, marketplace, seller });
    },
    async delete(ref) {
      await (await open()).delete('overviews', key(ref));
    },
    async clear() {
      await (await open()).clear('overviews');
    },
  };
}

/** A cache in memory, for tests and for browsers without IndexedDB. */
export function memoryOverviewCache(): OverviewCache {
  const rows = new Map<string, CachedOverview>();
  const id = (ref: SellerRefInput) => JSON.stringify(key(ref));
  return {
    get: async (ref) => rows.get(id(ref)) ?? null,
    put: async (entry) => {
      rows.set(id(entry.overview), entry);
    },
    delete: async (ref) => {
      rows.delete(id(ref));
    },
    clear: async () => rows.clear(),
  };
}
