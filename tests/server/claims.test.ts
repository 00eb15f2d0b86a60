import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../server/routers/index.ts';
import { createCallerFactory, createContext } from '../../server/trpc.ts';
import { type ClaimsWorld, claimsWorld, shopOrigin, widgetCall } from '../support/claims-fixture.ts';

let world: ClaimsWorld;
beforeAll(async () => {
  world = await claimsWorld();
});
afterAll(() => world.close());

const sellerCaller = async (token: string) =>
  createCallerFactory(appRouter)(await createContext(world.database.db, world.database.kind, `Bearer ${token}`));

const openScratch = (order = 'o1', contact = 'buyer.o1@example.com', key?: string) =>
  widgetCall(
    world,
    'open',
    { kind: 'problem', order, contact, problem: 'cosmetic_damage', description: 'A scratch on the door' },
    { key },
  );

describe('buyer identifies the order', () => {
  it('finds it by id and email, whatever the case, or by phone, whatever the formatting', async () => {
    const byEmail = await widgetCall(world, 'identify', { order: 'o1', contact: ' BUYER.o1@example.COM ' });
    expect(byEmail.status).toBe(200);
    expect(byEmail.body.result.data).toMatchObject({ order: 'o1', delivered: true, items: [{ price: '1000.00' }] });
    const byPhone = await widgetCall(world, 'identify', { order: 'o1', contact: '+49 151 2345678' });
    expect(byPhone.body.result.data.order).toBe('o1');
  });

  it('answers a wrong order/email pair exactly as an unknown order, and as another shop’s order', async () => {
    const wrongPair = await widgetCall(world, 'identify', { order: 'o1', contact: 'someone@example.com' });
    const unknown = await widgetCall(world, 'identify', { order: 'o-none', contact: 'buyer.o1@example.com' });
    const otherShops = await widgetCall(world, 'identify', { order: 'o2', contact: 'buyer.o2@example.com' });
    const noContact = await widgetCall(world, 'identify', {
      order: 'o-nocontact',
      contact: 'buyer.o-nocontact@example.com',
    });
    expect(wrongPair.status).toBe(404);
    for (const other of [unknown, otherShops, noContact]) {
      expect(other.status).toBe(wrongPair.status);
      expect(other.body).toEqual(wrongPair.body);
    }
    expect(wrongPair.body.error.data.claimError).toBe('order_not_found');
    expect(JSON.stringify(wrongPair.body)).not.toContain('stack');
  });

  it('names the field of a bad input, and refuses a shop key that is not the request’s', async () => {
    const long = await widgetCall(world, 'identify', { order: 'x'.repeat(129), contact: 'a@b.c' });
    expect(long.status).toBe(400);
    expect(long.body.error.data.issues[0].path).toBe('order');
    const mismatch = await widgetCall(world, 'identify', {
      order: 'o1',
      contact: 'buyer.o1@example.com',
      shop: world.keys.s2,
    });
    expect(mismatch.status).toBe(400);
    const unknownShop = await fetch(`${world.server.url}/widget/api/trpc/identify?shop=pk_not_a_shop_00000000`, {
      method: 'POST',
    });
    expect(unknownShop.status).toBe(404);
  });
});

describe('a claim', () => {
  it('opens with the offer: the partial refund first, capped by the cheapest alternative; no seller costs shown', async () => {
    const opened = await openScratch();
    expect(opened.status).toBe(200);
    const { token, claim } = opened.body.result.data;
    expect(token).toMatch(/^cl_[A-Za-z0-9_-]{43}$/);
    // generic: 15% of 1000.00 = 150.00; repair 250 + 2 × 15 + 10 = 290 is the cheapest alternative.
    expect(claim.offer.proposedRefund).toBe('150.00');
    expect(claim.offer.options.map((o: { kind: string }) => o.kind)).toEqual([
      'partial_refund',
      'repair',
      'replacement',
      'return',
    ]);
    expect(JSON.stringify(claim)).not.toMatch(/sellerCost|sellerSaving/);
    const status = await widgetCall(world, 'status', { token });
    expect(status.body.result.data).toMatchObject({ state: 'open', answer: null, offer: { proposedRefund: '150.00' } });
  });

  it('offers no partial refund for damage reported after three business days', async () => {
    const late = await openScratch('o-old', 'buyer.o-old@example.com');
    expect(late.body.result.data.claim.offer).toMatchObject({ proposedRefund: null, refusal: 'reported_late' });
  });

  it('is not readable through another shop’s key, with the same answer as a wrong token', async () => {
    const { token } = (await openScratch()).body.result.data;
    const throughOther = await widgetCall(world, 'status', { token }, { key: world.keys.s2 });
    const wrongToken = await widgetCall(world, 'status', { token: `cl_${'A'.repeat(43)}` }, { key: world.keys.s2 });
    expect(throughOther.status).toBe(404);
    expect(throughOther.body).toEqual(wrongToken.body);
    expect(throughOther.body.error.data.claimError).toBe('claim_not_found');
  });

  it('records a switch to instalments as its own type, in the policy’s months only', async () => {
    const base = { kind: 'instalments', order: 'o1', contact: 'buyer.o1@example.com' };
    const ok = await widgetCall(world, 'open', { ...base, months: 6 });
    expect(ok.body.result.data.claim).toMatchObject({ kind: 'instalments', months: 6, monthly: '166.67', offer: null });
    const refused = await widgetCall(world, 'open', { ...base, months: 5 });
    expect(refused.status).toBe(400);
    expect(refused.body.error.data.claimError).toBe('instalments_refused');
  });
});

describe('the seller answers', () => {
  it('lists the claim with the saving, accepts in one click, and the buyer sees it', async () => {
    const { token } = (await openScratch()).body.result.data;
    const seller = await sellerCaller(world.tokens.seller);
    const claims = await seller.claims.forSeller({ marketplace: 'mkt-a', seller: 's1' });
    const claim = claims.find(
      (c) => c.state === 'open' && c.kind === 'problem' && c.offer?.proposedRefund === '150.00',
    );
    expect(claim?.offer).toMatchObject({
      sellerSaving: '140.00',
      cheapestAlternative: { kind: 'repair', sellerCost: '290.00' },
    });
    if (!claim) throw new Error('claim not listed');
    const other = await sellerCaller(world.tokens.otherSeller);
    // Another shop's claim answers as a missing one.
    await expect(other.claims.accept({ marketplace: 'mkt-a', claim: claim.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(other.claims.forSeller({ marketplace: 'mkt-a', seller: 's1' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const sorted = await seller.claims.forSeller({ marketplace: 'mkt-a', seller: 's1' });
    expect(sorted.every((c) => c.seller === 's1')).toBe(true);

    // The buyer's status, looked up by the token of this very claim.
    const mine = (await widgetCall(world, 'status', { token })).body.result.data;
    expect(mine.state).toBe('open');
    const own = sorted.find((c) => c.createdAt === mine.createdAt && c.kind === 'problem');
    if (!own) throw new Error('own claim not listed');
    await seller.claims.accept({ marketplace: 'mkt-a', claim: own.id });
    const after = (await widgetCall(world, 'status', { token })).body.result.data;
    expect(after).toMatchObject({ state: 'accepted', answer: { answer: 'accept', amount: '150.00' } });
    await expect(
      seller.claims.decline({ marketplace: 'mkt-a', claim: own.id, reason: 'changed my mind' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('counters with another amount (never above the price) or declines with a reason the buyer reads', async () => {
    const seller = await sellerCaller(world.tokens.seller);
    const first = (await openScratch()).body.result.data.token;
    const firstClaim = (await seller.claims.forSeller({ marketplace: 'mkt-a', seller: 's1', limit: 1 }))[0];
    if (!firstClaim) throw new Error('no claim');
    await expect(
      seller.claims.counter({ marketplace: 'mkt-a', claim: firstClaim.id, amount: '1000.01' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await seller.claims.counter({
      marketplace: 'mkt-a',
      claim: firstClaim.id,
      amount: '120.00',
      note: 'Our best offer',
    });
    expect((await widgetCall(world, 'status', { token: first })).body.result.data).toMatchObject({
      state: 'countered',
      answer: { answer: 'counter', amount: '120.00', note: 'Our best offer' },
    });
    await seller.claims.decline({
      marketplace: 'mkt-a',
      claim: firstClaim.id,
      reason: 'The scratch was on the photo of the listing',
    });
    expect((await widgetCall(world, 'status', { token: first })).body.result.data).toMatchObject({
      state: 'declined',
      answer: { answer: 'decline', note: 'The scratch was on the photo of the listing' },
    });
  });
});

describe('CORS', () => {
  it('answers the shop’s own origins and this server’s, and refuses others', async () => {
    const allowed = await widgetCall(
      world,
      'identify',
      { order: 'o1', contact: 'buyer.o1@example.com' },
      { origin: shopOrigin },
    );
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(shopOrigin);
    const own = await widgetCall(
      world,
      'identify',
      { order: 'o1', contact: 'buyer.o1@example.com' },
      { origin: world.server.url },
    );
    expect(own.status).toBe(200);
    const foreign = await widgetCall(
      world,
      'identify',
      { order: 'o1', contact: 'buyer.o1@example.com' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${world.server.url}/widget/api/trpc/open?shop=${world.keys.s1}`, {
      method: 'OPTIONS',
      headers: { origin: shopOrigin, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(shopOrigin);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
  });
});
