import { Hono } from 'hono';
import { photoById } from '../db/claims.ts';
import type { Db } from '../db/client.ts';
import { findCallerByToken, sellerTie } from '../db/users.ts';
import { type Caller, maySeeSeller, type SellerTie } from '../domain/access.ts';
import { readPhoto } from '../services/claim-photos.ts';

/** A claim's photos are the buyer's: only the seller itself, its marketplace's moderators and admins see them. */
function maySeePhotos(caller: Caller, target: { marketplace: string; seller: string }, tie: SellerTie): boolean {
  if (caller.role === 'account_manager') return false;
  return maySeeSeller(caller, target, tie);
}

/**
 * GET /claims/photos/<id> with `Authorization: Bearer <token>`: a photo's id is random and the route answers
 * 404 alike for a photo that does not exist and one the caller may not see.
 */
export function claimPhotoRoutes(db: Db, claimsDir: string): Hono {
  const app = new Hono();
  app.get('/:id', async (c) => {
    const token = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const caller = token ? await findCallerByToken(db, token) : null;
    if (!caller) return c.json({ error: 'a bearer token is required' }, 401);
    const photo = await photoById(db, c.req.param('id'));
    const target = photo && { marketplace: photo.marketplaceId, seller: photo.sellerId };
    const tie = target ? await sellerTie(db, caller, target) : null;
    if (!photo || !target || !tie || !maySeePhotos(caller, target, tie)) {
      return c.json({ error: 'no such photo' }, 404);
    }
    return c.body(new Uint8Array(await readPhoto(claimsDir, photo.file)), 200, {
      'content-type': photo.mime,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
  });
  return app;
}
