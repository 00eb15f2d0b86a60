import { getConnInfo } from '@hono/node-server/conninfo';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Context as HonoContext, Next } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { claimToken, shopKey } from '../../shared/claims.ts';
import { widgetResources } from '../../shared/widget-locales.ts';
import type { Shop } from '../db/claims.ts';
import { shopByKey } from '../db/claims.ts';
import type { Db } from '../db/client.ts';
import { maxPhotoBytes } from '../services/claim-photos.ts';
import { addPhoto, ClaimError } from '../services/claims.ts';
import { widgetBundle } from './bundle.ts';
import { defaultWidgetLimits, RateLimiter, type WidgetLimits } from './rate-limit.ts';
import { buyerRouter } from './router.ts';

export interface WidgetOptions {
  /** Where claim photos are stored. */
  claimsDir: string;
  limits?: WidgetLimits;
}

type Env = { Variables: { shop: Shop; shopKey: string } };

/** Multipart framing around one photo: boundaries and part headers take well under this. */
const multipartOverhead = 64 * 1024;

function clientAddress(c: HonoContext): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not behind @hono/node-server (app.request in a test): one bucket for all.
    return 'unknown';
  }
}

/**
 * The widget's public surface under /widget: the loader and panel scripts, and the buyer's API under
 * /widget/api, where every request names its shop (`?shop=KEY`) so that CORS is checked against that shop's
 * origins and the request counted against its address and its shop before anything else is read.
 */
export function widgetRoutes(db: Db, options: WidgetOptions): Hono<Env> {
  const limits = options.limits ?? defaultWidgetLimits;
  const perIp = new RateLimiter(limits.perIp.limit, limits.perIp.windowMs);
  const perShop = new RateLimiter(limits.perShop.limit, limits.perShop.windowMs);
  const app = new Hono<Env>();

  app.get('/loader.js', async (c) => {
    const bundle = await widgetBundle();
    return c.body(bundle.loader, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300',
    });
  });
  app.get('/panel.js', async (c) => {
    const bundle = await widgetBundle();
    return c.body(bundle.panel, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300',
    });
  });

  app.get('/locales/:file', (c) => {
    const lang = c.req.param('file').replace(/\.json$/, '');
    const strings = (widgetResources as Record<string, unknown>)[lang];
    if (!strings) return c.json({ error: `no widget locale ${lang}` }, 404);
    return c.json(strings, 200, { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' });
  });

  app.use('/api/*', async (c: HonoContext<Env>, next: Next) => {
    const retryIp = perIp.take(clientAddress(c));
    if (retryIp !== null) return tooMany(c, retryIp);
    const key = shopKey.safeParse(c.req.query('shop'));
    if (!key.success) return c.json({ error: 'shop: expected the shop key in ?shop=' }, 400);
    const retryShop = perShop.take(key.data);
    if (retryShop !== null) return tooMany(c, retryShop);
    const shop = await shopByKey(db, key.data);
    if (!shop) return c.json({ error: 'shop: unknown shop key' }, 404);
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      const own = new URL(c.req.url).origin;
      if (origin !== own && !shop.allowedOrigins.includes(origin)) {
        return c.json({ error: `origin ${origin} is not one of this shop's origins` }, 403);
      }
      c.header('access-control-allow-origin', origin);
      c.header('vary', 'Origin');
    }
    if (c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '600',
      });
    }
    c.set('shop', shop);
    c.set('shopKey', key.data);
    await next();
  });

  app.all('/api/trpc/*', (c) =>
    fetchRequestHandler({
      endpoint: '/widget/api/trpc',
      req: c.req.raw,
      router: buyerRouter,
      createContext: () => ({ db, shop: c.get('shop'), shopKey: c.get('shopKey') }),
    }).then((response) => {
      // Keep the CORS headers the middleware set on the context.
      const headers = new Headers(response.headers);
      for (const [name, value] of c.res.headers)
        if (name.startsWith('access-control') || name === 'vary') headers.set(name, value);
      return new Response(response.body, { status: response.status, headers });
    }),
  );

  app.post(
    '/api/photos',
    bodyLimit({
      maxSize: maxPhotoBytes + multipartOverhead,
      onError: (c) => c.json({ error: 'photo: at most 5 MB', code: 'too_large' }, 413),
    }),
    async (c) => {
      const token = claimToken.safeParse(c.req.query('token'));
      if (!token.success) return c.json({ error: 'token: expected the claim token', code: 'claim_not_found' }, 400);
      const form = await c.req.parseBody();
      const file = form.photo;
      if (!(file instanceof File))
        return c.json({ error: 'photo: expected a file field "photo"', code: 'not_an_image' }, 400);
      try {
        const added = await addPhoto(
          db,
          options.claimsDir,
          c.get('shop'),
          token.data,
          new Uint8Array(await file.arrayBuffer()),
        );
        return c.json(added, 201);
      } catch (error) {
        if (!(error instanceof ClaimError)) throw error;
        const status = error.code === 'claim_not_found' ? 404 : error.code === 'too_large' ? 413 : 400;
        return c.json({ error: error.message, code: error.code }, status);
      }
    },
  );

  return app;
}

function tooMany(c: HonoContext, retryAfter: number): Response {
  return c.json({ error: 'too many requests', code: 'rate_limited' }, 429, { 'retry-after': String(retryAfter) });
}
