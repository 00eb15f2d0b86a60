import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.ts';
import { setShopKey } from '../../server/db/claims.ts';
import { createUserWithToken } from '../../server/db/users.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import type { WidgetLimits } from '../../server/widget/rate-limit.ts';
import type { ImportEvent } from '../../shared/events.ts';
import { applyEvents } from './events.ts';
import { openTestDatabase, type TestDatabase } from './test-db.ts';

/** Two shops of one marketplace with a delivered order each, their keys, users, and the real server on loopback. */
export interface ClaimsWorld {
  database: TestDatabase;
  server: RunningServer;
  claimsDir: string;
  keys: { s1: string; s2: string };
  tokens: { seller: string; otherSeller: string; moderator: string; otherModerator: string; manager: string };
  close(): Promise<void>;
}

export const shopOrigin = 'https://shop-one.example';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

export function orderEvent(id: string, seller: string, deliveredHoursAgo: number, price = '1000.00'): ImportEvent {
  return {
    type: 'order',
    marketplace: 'mkt-a',
    id,
    seller,
    placedAt: hoursAgo(deliveredHoursAgo + 72),
    promisedShipBy: hoursAgo(deliveredHoursAgo + 48),
    shippedAt: hoursAgo(deliveredHoursAgo + 48),
    deliveredAt: hoursAgo(deliveredHoursAgo),
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    lost: false,
    tracking: true,
    total: price,
    currency: 'EUR',
    items: [{ sku: 'FR-1', model: 'Fridge 300L', category: 'appliances', qty: 1, price }],
    buyer: { email: `Buyer.${id}@Example.com`, phone: '+49 (151) 234-5678' },
  };
}

export async function claimsWorld(limits?: WidgetLimits): Promise<ClaimsWorld> {
  const database = await openTestDatabase();
  const { db } = database;
  const seller = (id: string): ImportEvent => ({
    type: 'seller',
    marketplace: 'mkt-a',
    id,
    name: `Shop ${id}`,
    country: 'DE',
    language: 'de',
    category: 'appliances',
    joinedAt: '2025-01-01T00:00:00Z',
  });
  await applyEvents(db, [
    { type: 'marketplace', id: 'mkt-a', name: 'A', policy: 'generic', currency: 'EUR', language: 'de' },
    { type: 'marketplace', id: 'mkt-b', name: 'B', policy: 'generic', currency: 'EUR', language: 'en' },
    seller('s1'),
    seller('s2'),
    orderEvent('o1', 's1', 2),
    orderEvent('o2', 's2', 2),
    orderEvent('o-old', 's1', 24 * 10),
    // An order of s1 without buyer contacts: from a file written before they existed.
    { ...(orderEvent('o-nocontact', 's1', 2) as object), buyer: undefined } as ImportEvent,
  ]);
  const keys = { s1: 'pk_test_shop_one_0000000001', s2: 'pk_test_shop_two_0000000002' };
  await setShopKey(db, { marketplace: 'mkt-a', seller: 's1' }, keys.s1, [shopOrigin]);
  await setShopKey(db, { marketplace: 'mkt-a', seller: 's2' }, keys.s2, []);
  const token = async (user: Parameters<typeof createUserWithToken>[1]) => (await createUserWithToken(db, user)).token;
  const tokens = {
    seller: await token({ name: 'S1', role: 'seller', shops: [{ marketplace: 'mkt-a', seller: 's1' }] }),
    otherSeller: await token({ name: 'S2', role: 'seller', shops: [{ marketplace: 'mkt-a', seller: 's2' }] }),
    moderator: await token({ name: 'Mod A', role: 'moderator', marketplaceId: 'mkt-a' }),
    otherModerator: await token({ name: 'Mod B', role: 'moderator', marketplaceId: 'mkt-b' }),
    manager: await token({ name: 'AM', role: 'account_manager', assigned: [{ marketplace: 'mkt-a', seller: 's1' }] }),
  };
  const claimsDir = await mkdtemp(join(tmpdir(), 'sl-claims-'));
  const server = await listen(createApp(database, { claimsDir, widgetLimits: limits }), '127.0.0.1', 0);
  return {
    database,
    server,
    claimsDir,
    keys,
    tokens,
    close: async () => {
      await server.close();
      await database.close();
      await rm(claimsDir, { recursive: true, force: true });
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field and asserted.
export type Json = any;

/** Calls a widget procedure as the widget does: tRPC's plain HTTP form, the shop key in the URL and the input. */
export async function widgetCall(
  world: ClaimsWorld,
  procedure: string,
  input: Record<string, unknown>,
  init: { key?: string; origin?: string } = {},
): Promise<{ status: number; body: Json; headers: Headers }> {
  const key = init.key ?? world.keys.s1;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.origin) headers.origin = init.origin;
  const isQuery = procedure === 'status';
  const payload = JSON.stringify({ shop: key, ...input });
  const url = `${world.server.url}/widget/api/trpc/${procedure}?shop=${key}${isQuery ? `&input=${encodeURIComponent(payload)}` : ''}`;
  const response = await fetch(url, isQuery ? { headers } : { method: 'POST', headers, body: payload });
  return { status: response.status, body: await response.json(), headers: response.headers };
}
