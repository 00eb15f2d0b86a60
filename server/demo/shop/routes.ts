import { Hono } from 'hono';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import type { Db } from '../../db/client.ts';
import { demoShopFacts } from '../../db/demo-shop.ts';
import { createView, isUiLocale, localeFromAcceptLanguage } from '../admin/view.ts';
import { DemoShopPage } from './page.tsx';

/** /demo/shop/<marketplace>/<seller>: the seller's own web shop, with its claims widget (`?lang=xx`, `?hostile=1`). */
export function demoShopRoutes(db: Db): Hono {
  const app = new Hono();
  app.get('/:marketplace/:seller', async (c) => {
    const ref = { marketplace: c.req.param('marketplace'), seller: c.req.param('seller') };
    const facts = await demoShopFacts(db, ref);
    if (!facts?.publicKey) return c.text('no such shop', 404);
    const asked = c.req.query('lang');
    const locale = isUiLocale(asked) ? asked : (localeFromAcceptLanguage(c.req.header('accept-language')) ?? 'en');
    const view = createView(locale, c.req.path);
    // Russian is a widget language but not a UI one: the page says it speaks Russian, its own text stays English.
    const lang = asked === 'ru' ? 'ru' : locale;
    const page = h(DemoShopPage, {
      t: view.t,
      lang,
      shop: { ...facts, publicKey: facts.publicKey },
      money: view.money,
      hostile: c.req.query('hostile') === '1',
    });
    return c.html(`<!doctype html>${render(page)}`);
  });
  return app;
}
