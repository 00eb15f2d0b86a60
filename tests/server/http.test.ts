import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createUserWithToken } from '../../server/db/users.ts';
import { version } from '../../server/version.ts';
import { applyEvents } from '../support/events.ts';
import { openTestDatabase } from '../support/test-db.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let app: ReturnType<typeof createApp>;
let adminToken: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp(database);
  adminToken = (await createUserWithToken(database.db, { name: 'Admin', role: 'admin' })).token;
  await applyEvents(database.db, [
    { type: 'marketplace', id: 'm', name: 'M', policy: 'prom', currency: 'UAH', language: 'uk' },
  ]);
});
afterAll(() => database.close());

const post = (path: string, body: unknown, token?: string) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('HTTP', () => {
  it('answers /healthz with the database kind and version', async () => {
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, db: database.kind, version });
  });

  it('returns validation errors with the zod field paths', async () => {
    const response = await post(
      '/trpc/ingest.events',
      {
        events: [
          {
            type: 'seller',
            marketplace: 'm',
            id: 's1',
            name: 'x',
            country: 'Ukraine',
            language: 'uk',
            category: 'c',
            joinedAt: 'never',
          },
        ],
      },
      adminToken,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { data: { code: string; issues: { path: string; message: string }[] } };
    };
    expect(body.error.data.code).toBe('BAD_REQUEST');
    expect(body.error.data.issues.map((i) => i.path).sort()).toEqual(['events.0.country', 'events.0.joinedAt']);
  });

  it('refuses a batch over 5,000 events with a clear message', async () => {
    const event = {
      type: 'nps',
      marketplace: 'm',
      id: 'n',
      seller: 's',
      order: null,
      createdAt: '2026-01-01T00:00:00Z',
      score: 9,
      comment: null,
    };
    const response = await post(
      '/trpc/ingest.events',
      { events: Array.from({ length: 5_001 }, () => event) },
      adminToken,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { data: { issues: { path: string; message: string }[] } } };
    expect(body.error.data.issues[0]?.path).toBe('events');
    expect(body.error.data.issues[0]?.message).toMatch(/5000/);
  });

  it('says a token is required when none is sent', async () => {
    const response = await app.request('/trpc/me.whoami');
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe('a bearer token is required');
  });

  it('stores an ingested batch and reports what it stored', async () => {
    const response = await post(
      '/trpc/ingest.events',
      {
        events: [
          {
            type: 'seller',
            marketplace: 'm',
            id: 's1',
            name: 'Shop',
            country: 'UA',
            language: 'uk',
            category: 'c',
            joinedAt: '2025-01-01T00:00:00Z',
          },
        ],
      },
      adminToken,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: { data: { stored: 1, byType: { seller: 1 } } } });
  });
});
