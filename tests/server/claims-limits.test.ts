import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClaimsWorld, claimsWorld, widgetCall } from '../support/claims-fixture.ts';

let world: ClaimsWorld;
beforeAll(async () => {
  world = await claimsWorld();
});
afterAll(() => world.close());

describe('rate limits', () => {
  it('limits 200 requests from one IP with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 200; i++) {
      const answer = await widgetCall(world, 'identify', { order: `o-${i}`, contact: 'someone@example.com' });
      statuses.push(answer.status);
      if (answer.status === 429) retryAfter = answer.headers.get('retry-after');
    }
    // The default: 120 a minute per address.
    expect(statuses.slice(0, 120).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(120).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
  });
});

describe('rate limits per shop', () => {
  let small: ClaimsWorld;
  beforeAll(async () => {
    small = await claimsWorld({ perIp: { limit: 1000, windowMs: 60_000 }, perShop: { limit: 3, windowMs: 60_000 } });
  });
  afterAll(() => small.close());

  it('limits one shop without touching another', async () => {
    const one = [];
    for (let i = 0; i < 4; i++)
      one.push((await widgetCall(small, 'identify', { order: 'o1', contact: 'a@b.c' })).status);
    expect(one).toEqual([404, 404, 404, 429]);
    const two = await widgetCall(
      small,
      'identify',
      { order: 'o2', contact: 'buyer.o2@example.com' },
      { key: small.keys.s2 },
    );
    expect(two.status).toBe(200);
  });
});
