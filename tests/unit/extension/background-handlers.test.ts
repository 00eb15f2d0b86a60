import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import type { ServerApi } from '../../../extension/background/api.ts';
import { memoryOverviewCache } from '../../../extension/background/cache.ts';
import {
  type BackgroundDeps,
  getSellerOverview,
  saveSettings,
  testConnection,
  whoami,
} from '../../../extension/background/handlers.ts';
import type { Settings } from '../../../extension/connection.ts';
import type { SellerOverview, Whoami } from '../../../shared/api.ts';
import { atRisk } from './evaluation-fixture.ts';

const overview: SellerOverview = {
  marketplace: 'demo',
  seller: 's-steady',
  name: 'Steady Gadgets',
  category: 'electronics',
  joinedAt: '2024-01-01T00:00:00.000Z',
  orderCount: 900,
  reviewCount: 321,
  negativeReviewCount: 12,
  unresolvedNegatives: 3,
  averageRating: 4.4,
};
const me: Whoami = { id: 'u1', name: 'Olena', role: 'seller', locale: 'uk', marketplace: null, shops: [] };
const ref = { marketplace: 'demo', seller: 's-steady' };

const serverError = (code: string) =>
  TRPCClientError.from({ error: { code: -32000, message: code.toLowerCase(), data: { code, httpStatus: 403 } } });
const offline = () => TRPCClientError.from(new TypeError('Failed to fetch'));

function harness(initial: Settings = { serverUrl: 'http://127.0.0.1:8787', token: 'tok' }) {
  let settings = initial;
  let last: Whoami | null = null;
  const badges: ({ count: number; stale: boolean } | null)[] = [];
  const api: { current: ServerApi } = {
    current: { sellerOverview: async () => overview, sellerQuality: async () => atRisk, whoami: async () => me },
  };
  const deps: BackgroundDeps = {
    readSettings: async () => settings,
    writeSettings: async (next) => {
      settings = next;
    },
    api: () => api.current,
    cache: memoryOverviewCache(),
    lastWhoami: {
      get: async () => last,
      set: async (value) => {
        last = value;
      },
    },
    showBadge: async (badge) => {
      badges.push(badge);
    },
    now: () => new Date('2025-11-23T10:00:00Z'),
  };
  return { deps, api, badges, settings: () => settings };
}

describe('getSellerOverview', () => {
  it('asks for set-up when there is no token, without calling the server', async () => {
    const h = harness({ serverUrl: 'http://127.0.0.1:8787', token: '' });
    h.api.current.sellerOverview = () => Promise.reject(new Error('must not be called'));
    h.api.current.sellerQuality = () => Promise.reject(new Error('must not be called'));
    expect(await getSellerOverview(h.deps, ref)).toMatchObject({ ok: false, error: 'no_token' });
  });

  it('returns fresh figures and the quality evaluation, caches both and shows unresolved negatives on the badge', async () => {
    const h = harness();
    const asked: string[] = [];
    h.api.current.sellerQuality = async (input) => {
      asked.push(`${input.marketplace}/${input.seller}`);
      return atRisk;
    };
    expect(await getSellerOverview(h.deps, ref)).toEqual({
      ok: true,
      overview,
      quality: atRisk,
      stale: false,
      fetchedAt: '2025-11-23T10:00:00.000Z',
    });
    expect(asked).toEqual(['demo/s-steady']);
    expect(h.badges.at(-1)).toEqual({ count: 3, stale: false });
    expect(await h.deps.cache.get(ref)).toEqual({ overview, quality: atRisk, fetchedAt: '2025-11-23T10:00:00.000Z' });
  });

  it('still shows the figures when only the evaluation fails', async () => {
    const h = harness();
    h.api.current.sellerQuality = () => Promise.reject(serverError('INTERNAL_SERVER_ERROR'));
    expect(await getSellerOverview(h.deps, ref)).toMatchObject({ ok: true, stale: false, overview, quality: null });
    expect(await h.deps.cache.get(ref)).toMatchObject({ overview, quality: null });
  });

  it('falls back to the cached figures and evaluation, marked stale, when the server is unreachable', async () => {
    const h = harness();
    await getSellerOverview(h.deps, ref);
    h.api.current.sellerOverview = () => Promise.reject(offline());
    h.api.current.sellerQuality = () => Promise.reject(offline());
    expect(await getSellerOverview(h.deps, ref)).toEqual({
      ok: true,
      stale: true,
      overview,
      quality: atRisk,
      fetchedAt: '2025-11-23T10:00:00.000Z',
    });
    expect(h.badges.at(-1)).toEqual({ count: 3, stale: true });
  });

  it('reports offline when nothing is cached', async () => {
    const h = harness();
    h.api.current.sellerOverview = () => Promise.reject(offline());
    expect(await getSellerOverview(h.deps, ref)).toMatchObject({ ok: false, error: 'offline' });
    expect(h.badges.at(-1)).toBeNull();
  });

  it.each([
    ['FORBIDDEN', 'forbidden'],
    ['UNAUTHORIZED', 'unauthorized'],
    ['NOT_FOUND', 'not_found'],
    ['INTERNAL_SERVER_ERROR', 'server_error'],
  ])('maps %s to %s, and a refusal drops what was cached', async (code, error) => {
    const h = harness();
    await getSellerOverview(h.deps, ref);
    h.api.current.sellerOverview = () => Promise.reject(serverError(code));
    const result = await getSellerOverview(h.deps, ref);
    if (error === 'server_error') {
      expect(result).toMatchObject({ ok: true, stale: true });
    } else {
      expect(result).toMatchObject({ ok: false, error });
      expect(await h.deps.cache.get(ref)).toBeNull();
    }
  });

  it('rejects a malformed reference', async () => {
    const h = harness();
    expect(await getSellerOverview(h.deps, { marketplace: '', seller: 42 })).toMatchObject({ ok: false });
  });
});

describe('whoami', () => {
  it('remembers the last answer and gives it, stale, while offline', async () => {
    const h = harness();
    expect(await whoami(h.deps)).toEqual({ ok: true, me, stale: false });
    h.api.current.whoami = () => Promise.reject(offline());
    expect(await whoami(h.deps)).toEqual({ ok: true, me, stale: true });
    h.api.current.whoami = () => Promise.reject(serverError('UNAUTHORIZED'));
    expect(await whoami(h.deps)).toMatchObject({ ok: false, error: 'unauthorized' });
    expect(await h.deps.lastWhoami.get()).toBeNull();
  });
});

describe('settings', () => {
  it('normalises and saves, and forgets cached figures when the credentials change', async () => {
    const h = harness();
    await getSellerOverview(h.deps, ref);
    const saved = await saveSettings(h.deps, { serverUrl: ' https://lens.example.com/ ', token: ' abc ' });
    expect(saved).toEqual({ ok: true, settings: { serverUrl: 'https://lens.example.com', token: 'abc' } });
    expect(h.settings()).toEqual({ serverUrl: 'https://lens.example.com', token: 'abc' });
    expect(await h.deps.cache.get(ref)).toBeNull();
  });

  it.each(['ftp://x', 'not a url', 'http://user:pw@host', 'http://host/?q=1'])(
    'refuses the server URL %s',
    async (url) => {
      const h = harness();
      expect(await saveSettings(h.deps, { serverUrl: url, token: 't' })).toMatchObject({
        ok: false,
        error: 'bad_server_url',
      });
      expect(await testConnection(h.deps, { serverUrl: url, token: 't' })).toMatchObject({
        ok: false,
        error: 'bad_server_url',
      });
    },
  );

  it('tests typed settings without saving them', async () => {
    const h = harness();
    expect(await testConnection(h.deps, { serverUrl: 'http://127.0.0.1:9999', token: 'other' })).toEqual({
      ok: true,
      me,
      stale: false,
    });
    expect(h.settings().serverUrl).toBe('http://127.0.0.1:8787');
  });
});
