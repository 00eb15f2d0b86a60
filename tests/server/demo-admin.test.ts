import { sql } from 'drizzle-orm';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { queryRows } from '../../server/db/query.ts';
import type { ImportEvent } from '../../shared/events.ts';
import { createI18n } from '../../shared/i18n.ts';
import { applyEvents } from '../support/events.ts';
import { openTestDatabase } from '../support/test-db.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let app: ReturnType<typeof createApp>;

const DAY = 86_400_000;
const now = Date.now();
const ago = (days: number) => new Date(now - days * DAY).toISOString();
const SCRIPT = '<script>alert("x")</script> Зарядка не працює';

/** 25 reviews r01 (oldest) … r25 (newest); every fifth negative, alternating Ukrainian and English. */
function fixture(): ImportEvent[] {
  const events: ImportEvent[] = [
    { type: 'marketplace', id: 'm1', name: 'Базар', policy: 'prom', currency: 'UAH', language: 'uk' },
    {
      type: 'seller',
      marketplace: 'm1',
      id: 's1',
      name: 'Гаджет Плюс',
      country: 'UA',
      language: 'uk',
      category: 'phones',
      joinedAt: ago(400),
    },
    {
      type: 'seller',
      marketplace: 'm1',
      id: 's2',
      name: 'Other Shop',
      country: 'UA',
      language: 'uk',
      category: 'toys',
      joinedAt: ago(400),
    },
    {
      type: 'review',
      marketplace: 'm1',
      id: 'x1',
      seller: 's2',
      order: null,
      createdAt: ago(3),
      rating: 1,
      text: 'Foreign',
      lang: 'en',
      author: 'Z',
      verified: true,
    },
  ];
  for (let i = 1; i <= 25; i++) {
    const id = `r${String(i).padStart(2, '0')}`;
    const negative = i % 5 === 3;
    const uk = i % 2 === 0;
    events.push({
      type: 'review',
      marketplace: 'm1',
      id,
      seller: 's1',
      order: null,
      createdAt: ago(60 - i),
      rating: negative ? 1 : 5,
      text: id === 'r03' ? SCRIPT : `${uk ? 'Відгук' : 'Review'} ${id}`,
      lang: uk ? 'uk' : 'en',
      author: uk ? 'Олена' : 'John',
      verified: i % 3 !== 0,
    });
  }
  events.push({
    type: 'review_update',
    marketplace: 'm1',
    id: 'u1',
    review: 'r01',
    createdAt: ago(2),
    rating: null,
    text: null,
    removed: true,
  });
  const order = (id: string, fields: Partial<Extract<ImportEvent, { type: 'order' }>>): ImportEvent => ({
    type: 'order',
    marketplace: 'm1',
    id,
    seller: 's1',
    placedAt: ago(10),
    promisedShipBy: ago(8),
    shippedAt: null,
    deliveredAt: null,
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
    lost: false,
    tracking: true,
    total: '1299.50',
    currency: 'UAH',
    items: [{ sku: 'sku-1', model: 'Phone X', category: 'phones', qty: 2, price: '649.75' }],
    ...fields,
  });
  events.push(
    order('o-late', { placedAt: ago(5), promisedShipBy: ago(3) }),
    order('o-delivered', { shippedAt: ago(9), deliveredAt: ago(7) }),
    order('o-cancelled', { cancelledAt: ago(9), cancelledBy: 'seller', cancelReason: 'out_of_stock', tracking: false }),
    order('o-new', { placedAt: ago(0.1), promisedShipBy: new Date(now + 2 * DAY).toISOString() }),
  );
  return events;
}

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp(database);
  await applyEvents(database.db, fixture());
});
afterAll(() => database.close());

const window = new Window();
const parse = (html: string): Document =>
  new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await app.request(path, { headers });
  return { response, html: await response.text() };
};
const reply = (path: string, fields: Record<string, string>) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
const ids = (doc: Document) =>
  [...doc.querySelectorAll('article.adm-review')].map((a) => a.getAttribute('data-review-id'));
const comments = (reviewId: string) =>
  queryRows<{ id: string; seller_id: string | null; text: string }>(
    database.db,
    sql`SELECT id, seller_id, text FROM review_comments WHERE marketplace_id = 'm1' AND review_id = ${reviewId}`,
  );

const base = '/demo/admin/m1/s1';

describe('demo admin pages', () => {
  it('lists the shops and renders the seller home with the markup contract', async () => {
    const shops = parse((await get('/demo/admin')).html);
    expect(shops.querySelector(`a[href="${base}/home"]`)?.textContent).toBe('Гаджет Плюс');
    const { response, html } = await get(`${base}/home`);
    expect(response.status).toBe(200);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const doc = parse(html);
    expect(doc.documentElement.getAttribute('lang')).toBe('uk');
    expect(doc.querySelector('header.adm-header h1.adm-shop-name')?.textContent).toBe('Гаджет Плюс');
    expect(doc.querySelector('main.adm-main')).not.toBeNull();
    // The inline stylesheet must survive text escaping unchanged (no quotes or entities in it).
    expect(doc.querySelector('style')?.textContent).not.toMatch(/&|"/);
    expect(doc.querySelectorAll('.adm-mini li[data-review-id]')).toHaveLength(5);
    expect(doc.querySelectorAll('tr[data-order-id]')).toHaveLength(4);
  });

  it('pages the reviews 20 at a time, newest first, with prev/next links', async () => {
    const first = parse((await get(`${base}/reviews`)).html);
    expect(ids(first)).toHaveLength(20);
    expect(ids(first)[0]).toBe('r25');
    expect(first.querySelector('nav.adm-pager a[rel="prev"]')).toBeNull();
    const next = first.querySelector('nav.adm-pager a[rel="next"]')?.getAttribute('href');
    expect(next).toBe(`${base}/reviews?page=2`);
    const second = parse((await get(next ?? '')).html);
    expect(ids(second)).toEqual(['r05', 'r04', 'r03', 'r02', 'r01']);
    expect(second.querySelector('nav.adm-pager a[rel="prev"]')).not.toBeNull();
    expect(second.querySelector('nav.adm-pager a[rel="next"]')).toBeNull();
    const negative = parse((await get(`${base}/reviews?filter=negative`)).html);
    expect(ids(negative)).toEqual(['r23', 'r18', 'r13', 'r08', 'r03']);
    expect(negative.querySelector('nav.adm-pager')).toBeNull();
  });

  it('renders review text as escaped text, never as markup', async () => {
    const { html } = await get(`${base}/reviews?page=2`);
    expect(html).toMatch(/&lt;script(&gt;|>)alert\(/);
    expect(html).not.toContain('<script>alert');
    const card = parse(html).querySelector('article[data-review-id="r03"]');
    expect(card?.getAttribute('data-rating')).toBe('1');
    expect(card?.querySelector('.adm-review-text')?.textContent).toBe(SCRIPT);
    expect(card?.querySelector('script')).toBeNull();
    const form = card?.querySelector('form.adm-reply');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe(`${base}/reviews/r03/reply`);
    expect(form?.querySelector('textarea[name="text"]')).not.toBeNull();
    expect(form?.querySelector('button[type="submit"]')).not.toBeNull();
  });

  it('stores a reply through the importer and shows it under its review after a 303', async () => {
    const text = 'Вибачте! Ми надішлемо <b>нову</b> зарядку.';
    const response = await reply(`${base}/reviews/r03/reply`, { text: `  ${text}  `, page: '2', filter: 'all' });
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location).toBe(`${base}/reviews?page=2&replied=r03#review-r03`);
    const doc = parse((await get(location.split('#')[0] ?? '')).html);
    expect(doc.querySelector('.adm-flash')).not.toBeNull();
    const replies = doc.querySelector('article[data-review-id="r03"] .adm-review-replies');
    expect(replies?.textContent).toContain(text);
    expect(replies?.querySelector('b')).toBeNull();
    const stored = await comments('r03');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).toMatch(/^c-web-/);
    expect(stored[0]?.seller_id).toBe('s1');
    expect(stored[0]?.text).toBe(text);
  });

  it('rejects an empty reply with 400 naming the text field, storing nothing', async () => {
    const response = await reply(`${base}/reviews/r08/reply`, { text: '   ', page: '1', filter: 'negative' });
    expect(response.status).toBe(400);
    const doc = parse(await response.text());
    const error = doc.querySelector('article[data-review-id="r08"] .adm-field-error');
    expect(error?.getAttribute('data-field')).toBe('text');
    expect(error?.textContent).toContain(createI18n('uk').t('demo:errors.field.text'));
    expect(doc.querySelector('article[data-review-id="r08"] textarea')?.getAttribute('aria-invalid')).toBe('true');
    expect(await comments('r08')).toHaveLength(0);
    const tooLong = await reply(`${base}/reviews/r08/reply`, { text: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(400);
    expect(await comments('r08')).toHaveLength(0);
  });

  it('greys out a removed review without a reply box and refuses replies to it', async () => {
    const card = parse((await get(`${base}/reviews?page=2`)).html).querySelector('article[data-review-id="r01"]');
    expect(card?.classList.contains('adm-review--removed')).toBe(true);
    expect(card?.textContent).toContain(createI18n('uk').t('demo:reviews.removed'));
    expect(card?.querySelector('form.adm-reply')).toBeNull();
    const response = await reply(`${base}/reviews/r01/reply`, { text: 'Hello' });
    expect(response.status).toBe(409);
    expect(await comments('r01')).toHaveLength(0);
  });

  it('answers 404 for a review of another seller, an unknown review and an unknown shop', async () => {
    expect((await reply(`${base}/reviews/x1/reply`, { text: 'Hi' })).status).toBe(404);
    expect((await reply(`${base}/reviews/nope/reply`, { text: 'Hi' })).status).toBe(404);
    expect(await comments('x1')).toHaveLength(0);
    for (const path of ['/demo/admin/m1/nobody/home', '/demo/admin/m9/s1/reviews', '/demo/admin/m1/s1/settings']) {
      const { response, html } = await get(path);
      expect(response.status).toBe(404);
      expect(html).toContain(createI18n('uk').t('demo:notFound.title'));
    }
  });

  it('speaks the ?lang= locale, remembers it in a cookie, and otherwise follows Accept-Language', async () => {
    const de = createI18n('de');
    const { response, html } = await get(`${base}/reviews?lang=de`);
    const doc = parse(html);
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.querySelector('.adm-page-head h2')?.textContent).toBe(de.t('demo:reviews.title'));
    expect(html).toContain(de.t('demo:reviews.count', { count: 25 }));
    expect(response.headers.get('set-cookie')).toMatch(/lang=de/);
    const remembered = parse((await get(`${base}/orders`, { cookie: 'lang=de' })).html);
    expect(remembered.querySelector('.adm-page-head h2')?.textContent).toBe(de.t('demo:orders.title'));
    const french = parse((await get(`${base}/home`, { 'accept-language': 'xx, fr-CA;q=0.9, en;q=0.5' })).html);
    expect(french.documentElement.getAttribute('lang')).toBe('fr');
  });

  it('shows order statuses: late, delivered, cancelled with its reason, awaiting dispatch', async () => {
    const t = createI18n('en').getFixedT('en', 'demo');
    const doc = parse((await get(`${base}/orders?lang=en`)).html);
    const status = (id: string) => doc.querySelector(`table.adm-orders tr[data-order-id="${id}"] [data-status]`);
    expect(status('o-late')?.getAttribute('data-status')).toBe('late');
    expect(status('o-late')?.textContent).toContain(t('orders.status.late'));
    expect(status('o-delivered')?.getAttribute('data-status')).toBe('delivered');
    expect(status('o-cancelled')?.textContent).toContain(t('orders.reason.out_of_stock'));
    expect(status('o-new')?.getAttribute('data-status')).toBe('awaiting');
    const row = doc.querySelector('tr[data-order-id="o-late"]')?.textContent ?? '';
    expect(row).toContain('Phone X × 2');
    expect(row).toMatch(/UAH\s1,299\.50/);
    const open = parse((await get(`${base}/orders?status=open`)).html);
    expect([...open.querySelectorAll('tr[data-order-id]')].map((r) => r.getAttribute('data-order-id'))).toEqual([
      'o-new',
      'o-late',
    ]);
  });
});
