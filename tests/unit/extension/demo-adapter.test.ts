// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchDemoAdmin, overlayAnchor, readShopName, reviewCards } from '../../../extension/adapters/demo.ts';

// happy-dom replaces the global URL, so the path is built with node:path.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
const fixture = (name: string): Document =>
  new DOMParser().parseFromString(readFileSync(join(fixtures, name), 'utf8'), 'text/html');

describe('matchDemoAdmin', () => {
  it.each([
    [
      'http://127.0.0.1:8787/demo/admin/demo/s-steady/reviews',
      { marketplace: 'demo', seller: 's-steady', page: 'reviews' },
    ],
    ['http://localhost:5173/demo/admin/demo/s-low/home/', { marketplace: 'demo', seller: 's-low', page: 'home' }],
    ['http://127.0.0.1/demo/admin/m.2/s_1/orders?page=2#top', { marketplace: 'm.2', seller: 's_1', page: 'orders' }],
  ])('reads %s', (url, expected) => {
    expect(matchDemoAdmin(new URL(url))).toEqual(expected);
  });

  it.each([
    'http://127.0.0.1:8787/',
    'http://127.0.0.1:8787/demo/admin',
    'http://127.0.0.1:8787/demo/admin/demo/s-steady',
    'http://127.0.0.1:8787/demo/admin/demo/s-steady/settings',
    'http://127.0.0.1:8787/demo/admin/demo/s-steady/reviews/r-1',
    'http://127.0.0.1:8787/demo/shop/demo/s-steady/reviews',
    'http://127.0.0.1:8787/x/demo/admin/demo/s-steady/reviews',
    'http://127.0.0.1:8787/demo/admin/demo//reviews',
    'http://127.0.0.1:8787/demo/admin/demo/%E0%A4%A/reviews',
    'http://127.0.0.1:8787/demo/admin/demo/..%2Fetc/reviews',
  ])('rejects %s', (url) => {
    expect(matchDemoAdmin(new URL(url))).toBeNull();
  });
});

// Saved from the demo server (`server/demo/admin`, seed 1, 8 sellers, English), except broken-admin-page.html.
describe('the reviews page', () => {
  const doc = fixture('demo-admin-reviews.html');

  it('reads the shop name', () => {
    expect(readShopName(doc)).toBe('ТехноДім');
  });

  it('lists the review cards in page order, with their ids and ratings', () => {
    const cards = reviewCards(doc);
    expect(cards).toHaveLength(20);
    expect(cards.slice(0, 2).map(({ id, rating }) => ({ id, rating }))).toEqual([
      { id: 'r-s-steady-00268', rating: 5 },
      { id: 'r-s-steady-00267', rating: 5 },
    ]);
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
    expect(cards.every((card) => card.rating !== null && card.rating >= 1 && card.rating <= 5)).toBe(true);
    expect(cards.filter((card) => (card.rating ?? 5) <= 2).length).toBe(
      doc.querySelectorAll('.adm-review--negative').length,
    );
  });

  it('anchors overlays at the main column', () => {
    expect(overlayAnchor(doc)?.tagName).toBe('MAIN');
  });
});

describe('the home and orders pages', () => {
  it.each([
    ['demo-admin-home.html', 'ТехноДім'],
    ['demo-admin-orders.html', 'Mobi Outlet'],
  ])('%s has a shop name and an anchor but no review cards', (file, name) => {
    const doc = fixture(file);
    expect(readShopName(doc)).toBe(name);
    expect(reviewCards(doc)).toEqual([]);
    expect(overlayAnchor(doc)).not.toBeNull();
  });
});

describe('pages without a shop', () => {
  it('the not-found page has no shop name', () => {
    const doc = fixture('demo-admin-not-found.html');
    expect(readShopName(doc)).toBeNull();
    expect(reviewCards(doc)).toEqual([]);
  });

  it('a page that lost its markup gives null rather than a guess', () => {
    const doc = fixture('broken-admin-page.html');
    expect(readShopName(doc)).toBeNull();
    expect(overlayAnchor(doc)).toBeNull();
    expect(reviewCards(doc)).toEqual([]);
  });
});
