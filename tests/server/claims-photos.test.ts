import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../server/routers/index.ts';
import { createCallerFactory, createContext } from '../../server/trpc.ts';
import { type ClaimsWorld, claimsWorld, type Json, widgetCall } from '../support/claims-fixture.ts';

let world: ClaimsWorld;
beforeAll(async () => {
  world = await claimsWorld();
});
afterAll(() => world.close());

async function openClaim(): Promise<string> {
  const opened = await widgetCall(world, 'open', {
    kind: 'problem',
    order: 'o1',
    contact: 'buyer.o1@example.com',
    problem: 'cosmetic_damage',
    description: 'Scratch',
  });
  return opened.body.result.data.token;
}

async function upload(token: string, bytes: Uint8Array, name: string, type: string, key = world.keys.s1) {
  const form = new FormData();
  form.append('photo', new File([new Uint8Array(bytes)], name, { type }));
  const response = await fetch(`${world.server.url}/widget/api/photos?shop=${key}&token=${token}`, {
    method: 'POST',
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Json };
}

/** A 40×20 JPEG turned sideways by its EXIF orientation (6: rotate 90°), with a GPS position. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({ IFD0: { Copyright: 'buyer' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 27/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** Whether an EXIF block points to a GPS IFD (tag 0x8825, in either byte order). */
function hasGpsIfd(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]));
}

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#0a0' } })
    .png()
    .toBuffer();

async function sellerPhotos(token: string) {
  const ctx = await createContext(world.database.db, world.database.kind, `Bearer ${token}`);
  const claims = await createCallerFactory(appRouter)(ctx).claims.forSeller({ marketplace: 'mkt-a', seller: 's1' });
  return claims.flatMap((c) => c.photos);
}

describe('claim photos', () => {
  it('accepts a PNG renamed .jpg, recognised by content', async () => {
    const token = await openClaim();
    const answer = await upload(token, await png(), 'scratch.jpg', 'image/jpeg');
    expect(answer).toEqual({ status: 201, body: { photos: 1 } });
    const photos = await sellerPhotos(world.tokens.seller);
    expect(photos.some((p) => p.mime === 'image/png' && p.width === 8)).toBe(true);
  });

  it('refuses an HTML file renamed .jpg, and a 6 MB file before reading it', async () => {
    const token = await openClaim();
    const html = new Uint8Array(new TextEncoder().encode('<!doctype html><html><script>alert(1)</script></html>'));
    const refused = await upload(token, html, 'scratch.jpg', 'image/jpeg');
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('not_an_image');
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set(await png());
    const tooBig = await upload(token, big, 'big.png', 'image/png');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('too_large');
    expect((await widgetCall(world, 'status', { token })).body.result.data.photos).toBe(0);
  });

  it('strips the GPS position and keeps the orientation', async () => {
    const original = await photoWithGps();
    expect(hasGpsIfd((await sharp(original).metadata()).exif)).toBe(true);
    const token = await openClaim();
    expect((await upload(token, original, 'IMG_0001.JPG', 'image/jpeg')).status).toBe(201);
    const files = await readdir(world.claimsDir);
    const stored = await Promise.all(
      files.filter((f) => f.endsWith('.jpg')).map((f) => readFile(join(world.claimsDir, f))),
    );
    expect(stored.length).toBeGreaterThan(0);
    for (const file of stored) {
      const meta = await sharp(file).metadata();
      expect(hasGpsIfd(meta.exif)).toBe(false);
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      // Upright: the sideways 40×20 photo is stored 20 wide and 40 high.
      expect([meta.width, meta.height]).toEqual([20, 40]);
      expect(file.includes(Buffer.from('buyer'))).toBe(false);
    }
  });

  it('takes at most 5 photos per claim', async () => {
    const token = await openClaim();
    const image = await png();
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await upload(token, image, `p${i}.png`, 'image/png')).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 400]);
  });

  it('refuses a photo for a claim of another shop', async () => {
    const token = await openClaim();
    const answer = await upload(token, await png(), 'a.png', 'image/png', world.keys.s2);
    expect(answer.status).toBe(404);
  });

  it('serves a photo only to the seller, its marketplace’s moderators, never by id alone', async () => {
    const [photo] = await sellerPhotos(world.tokens.seller);
    if (!photo) throw new Error('no photo stored');
    const get = (token?: string) =>
      fetch(`${world.server.url}/claims/photos/${photo.id}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    const seller = await get(world.tokens.seller);
    expect(seller.status).toBe(200);
    expect(seller.headers.get('content-type')).toBe(photo.mime);
    expect((await get(world.tokens.moderator)).status).toBe(200);
    expect((await get()).status).toBe(401);
    for (const other of [world.tokens.otherSeller, world.tokens.otherModerator, world.tokens.manager]) {
      expect((await get(other)).status).toBe(404);
    }
    const unknown = await fetch(`${world.server.url}/claims/photos/ph_unknown`, {
      headers: { authorization: `Bearer ${world.tokens.otherSeller}` },
    });
    expect(await unknown.json()).toEqual(await (await get(world.tokens.otherSeller)).json());
  });
});
