import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { type Database, openDatabase } from '../../server/db/client.ts';
import { sellerOverview } from '../../server/db/sellers.ts';
import { loadDemo } from '../../server/demo/load.ts';
import type { DemoUser } from '../../server/demo/users.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import { appRouter } from '../../server/routers/index.ts';
import { latestEvaluation } from '../../server/services/quality.ts';
import { createCallerFactory, createContext } from '../../server/trpc.ts';
import type { SellerOverview } from '../../shared/api.ts';
import { createI18n } from '../../shared/i18n.ts';
import type { SellerEvaluation } from '../../shared/quality.ts';

/**
 * The built extension (.output/chrome-mv3, `npx wxt build`) in Debian's Chromium against a real server
 * on an in-memory PGlite with the demo marketplace: options, the seller summary overlay in its shadow
 * root with the seller's quality status, the forbidden state, and the cached figures once the server is gone.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const extensionDir = join(root, '.output/chrome-mv3');
const screenshots = join(root, 'tests/e2e/__screenshots__');
const chromiumPath = process.env.SL_CHROMIUM ?? '/usr/bin/chromium';

let temp: string;
let database: Database;
let server: RunningServer;
let serverClosed: Promise<void> | null = null;
let serverUrl: string;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let seller: DemoUser;
let steady: SellerOverview;

const summary = '[data-testid="sl-summary"]';
const timings: Record<string, number> = {};

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[label] = Math.round(performance.now() - started);
  }
}

function todayUtcMidnight(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

async function shot(page: Page, name: string, selector?: string): Promise<void> {
  const path = join(screenshots, `${name}.png`);
  if (selector) await page.locator(selector).first().screenshot({ path });
  else await page.screenshot({ path, fullPage: false });
}

async function summaryIn(page: Page, state: string): Promise<void> {
  await page.locator(`${summary}[data-state="${state}"]`).waitFor({ timeout: 20_000 });
}

const adminPage = (seller: string, page: string) => `${serverUrl}/demo/admin/demo/${seller}/${page}`;

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'sellerlens-e2e-'));
  mkdirSync(screenshots, { recursive: true });

  database = await timed('database', () => openDatabase({ dataDir: 'memory://' }));
  const users = await timed('demo data', () =>
    loadDemo(database.db, { sellers: 8, seed: 1, asOf: todayUtcMidnight(), tokensFile: join(temp, 'tokens.json') }),
  );
  const found = users.find((user) => user.role === 'seller' && user.shops.includes('s-steady'));
  if (!found || found.shops.includes('s-low')) throw new Error('the demo seller should own s-steady and not s-low');
  seller = found;
  const overview = await sellerOverview(database.db, { marketplace: 'demo', seller: 's-steady' }, new Date());
  if (!overview) throw new Error('no s-steady in the demo data');
  steady = overview;

  server = await listen(createApp(database), '127.0.0.1', 0);
  serverUrl = server.url;

  context = await timed('browser', () =>
    chromium.launchPersistentContext(join(temp, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }),
  );
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const id = new URL(worker.url()).host;
  if (!id) throw new Error(`unexpected service worker ${worker.url()}`);
  extensionId = id;
});

afterAll(async () => {
  await context?.close();
  await (serverClosed ?? server?.close())?.catch(() => undefined);
  await database?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
  console.log('e2e timings (ms):', JSON.stringify(timings));
});

describe('the SellerLens extension', () => {
  it('asks for set-up on an admin page before it has a token, and opens the options from there', async () => {
    const page = await context.newPage();
    await page.goto(adminPage('s-steady', 'home'));
    await summaryIn(page, 'setup');
    await shot(page, '0-setup', 'sellerlens-summary');
    const opened = context.waitForEvent('page', { timeout: 10_000 });
    await page.locator('[data-testid="sl-open-options"]').click();
    const options = await opened;
    expect(options.url()).toBe(`chrome-extension://${extensionId}/options.html`);
    await options.close();
    await page.close();
  });

  it('(a) saves the server URL and token in the options and connects as the seller', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator('[data-testid="sl-server-url"]').fill(serverUrl);
    await page.locator('[data-testid="sl-token"]').fill(seller.token);
    await page.locator('[data-testid="sl-save"]').click();
    await page.locator('[data-testid="sl-options-status"][data-state="saved"]').waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="sl-test"]').click();
    const status = page.locator('[data-testid="sl-options-status"][data-state="connected"]');
    await status.waitFor({ timeout: 10_000 });
    expect(await status.textContent()).toContain(seller.name);
    await shot(page, '1-options-connected');

    // The settings survive a reload (stored by the background).
    await page.reload();
    await page.waitForFunction(
      (url) => (document.querySelector('[data-testid="sl-server-url"]') as HTMLInputElement | null)?.value === url,
      serverUrl,
    );
    await page.close();
  });

  it('(b) shows the seller summary from the server in a shadow root, leaving the page styles alone', async () => {
    const page = await context.newPage();
    const url = adminPage('s-steady', 'reviews');
    await timed('overlay ready', async () => {
      await page.goto(url);
      await summaryIn(page, 'ready');
    });

    expect(await page.locator('[data-testid="sl-shop-name"]').textContent()).toBe(steady.name);
    const reviews = page.locator('[data-testid="sl-review-count"]');
    expect(await reviews.getAttribute('data-value')).toBe(String(steady.reviewCount));
    // Olena's locale is Ukrainian: her numbers and plurals.
    expect(await page.locator(summary).getAttribute('lang')).toBe('uk');
    expect(await reviews.locator('.sl-num').textContent()).toBe(new Intl.NumberFormat('uk').format(steady.reviewCount));
    expect(await page.locator('[data-testid="sl-negative-count"]').getAttribute('data-value')).toBe(
      String(steady.negativeReviewCount),
    );
    const unresolved = page.locator('[data-testid="sl-unresolved-count"]');
    expect(await unresolved.getAttribute('data-value')).toBe(String(steady.unresolvedNegatives));
    expect(await unresolved.evaluate((el) => el.classList.contains('sl-stat--alert'))).toBe(
      steady.unresolvedNegatives > 0,
    );

    // Mounted at the top of the main column, inside a shadow root: nothing of it in the page's DOM.
    const mount = await page.evaluate(() => {
      const host = document.querySelector('main.adm-main')?.firstElementChild;
      return {
        host: host?.tagName.toLowerCase() ?? null,
        shadow: Boolean(host?.shadowRoot?.querySelector('[data-testid="sl-summary"]')),
        inLightDom: document.querySelectorAll('[data-testid^="sl-"]').length,
        pageSheets: document.querySelectorAll('style, link[rel="stylesheet"]').length,
      };
    });
    expect(mount).toMatchObject({ host: 'sellerlens-summary', shadow: true, inLightDom: 0 });

    // The badge shows the seller's unresolved negatives.
    const badge = await worker.evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } };
      return chrome.action.getBadgeText({});
    });
    expect(badge).toBe(steady.unresolvedNegatives > 0 ? String(steady.unresolvedNegatives) : '');

    // The same page from an origin the extension does not run on: identical page styles.
    const plain = await context.newPage();
    const plainOrigin = 'http://plain.sellerlens.test';
    await plain.route(`${plainOrigin}/**`, (route) =>
      route
        .fetch({ url: route.request().url().replace(plainOrigin, serverUrl) })
        .then((response) => route.fulfill({ response })),
    );
    await plain.goto(url.replace(serverUrl, plainOrigin));
    const selectors = [
      'body',
      'header.adm-header',
      'h1.adm-shop-name',
      'main.adm-main',
      'article.adm-review',
      'main.adm-main h2',
    ];
    const styleOf = (selectors: string[]) => {
      const properties = [
        'font-family',
        'font-size',
        'font-weight',
        'color',
        'background-color',
        'line-height',
        'margin',
        'padding',
        'display',
        'border',
      ];
      return selectors.map((selector) => {
        const element = document.querySelector(selector);
        if (!element) return [selector, null];
        const style = getComputedStyle(element);
        return [selector, properties.map((p) => style.getPropertyValue(p))];
      });
    };
    const withExtension = await page.evaluate(styleOf, selectors);
    const without = await plain.evaluate(styleOf, selectors);
    expect(withExtension).toEqual(without);
    expect(withExtension.filter(([, style]) => style === null)).toEqual([]);
    expect(await plain.evaluate(() => document.querySelectorAll('style, link[rel="stylesheet"]').length)).toBe(
      mount.pageSheets,
    );
    expect(await plain.locator('sellerlens-summary').count()).toBe(0);
    await plain.close();

    await shot(page, '2-overlay-ready');
    await shot(page, '2-overlay-ready-card', 'sellerlens-summary');
    await page.close();
  });

  it('shows the quality status the server computes for each of the seller’s shops', async () => {
    // What scores.forSeller gives this seller, through the same router the HTTP server runs.
    const ctx = await createContext(database.db, database.kind, `Bearer ${seller.token}`);
    const caller = createCallerFactory(appRouter)(ctx);
    const uk = createI18n('uk');
    const expected = new Map<string, SellerEvaluation>();
    for (const shop of ['s-steady', 's-worsened']) {
      expected.set(shop, await caller.scores.forSeller({ marketplace: 'demo', seller: shop }));
    }

    const page = await context.newPage();
    for (const [shop, evaluation] of expected) {
      await page.goto(adminPage(shop, 'home'));
      await summaryIn(page, 'ready');
      const pill = page.locator('[data-testid="sl-quality-status"]');
      expect(await pill.getAttribute('data-status'), shop).toBe(evaluation.status);
      // Olena reads Ukrainian: status and rule names come from the quality namespace in her locale.
      expect(await pill.textContent(), shop).toBe(uk.t(`status.${evaluation.status}`, { ns: 'quality' }));
      const rule = page.locator('[data-testid="sl-quality-rule"]');
      expect(await rule.count(), shop).toBe(evaluation.rule ? 1 : 0);
      if (evaluation.rule) {
        expect(await rule.getAttribute('data-rule'), shop).toBe(evaluation.rule);
        expect(await rule.textContent(), shop).toBe(uk.t(`flag.${evaluation.rule}`, { ns: 'quality' }));
      }
      for (const axis of ['technical', 'delivery', 'afterSales'] as const) {
        const score = evaluation.axes[axis].score;
        expect(
          await page.locator(`[data-testid="sl-axis-${axis}"]`).getAttribute('data-score'),
          `${shop} ${axis}`,
        ).toBe(score === null ? '' : String(Math.round(score)));
      }
      expect(await page.locator('[data-testid="sl-quality-path"] li').count(), shop).toBe(
        Math.min(3, evaluation.pathToGreen.length),
      );
      await shot(page, `7-overlay-quality-${shop}`, 'sellerlens-summary');
    }
    await page.close();
  });

  it('(c) shows the forbidden state on a shop the seller does not own', async () => {
    const page = await context.newPage();
    await page.goto(adminPage('s-low', 'home'));
    await summaryIn(page, 'error');
    expect(await page.locator('[data-testid="sl-error"]').getAttribute('data-error')).toBe('forbidden');
    expect(await page.locator('[data-testid="sl-shop-name"]').count()).toBe(0);
    await shot(page, '3-overlay-forbidden', 'sellerlens-summary');
    await page.close();
  });

  it('shows the connection in the popup', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 340, height: 220 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const status = page.locator('[data-testid="sl-popup-status"][data-state="connected"]');
    await status.waitFor({ timeout: 10_000 });
    expect(await status.textContent()).toContain(seller.name);
    await shot(page, '4-popup');
    await page.close();
  });

  it('(d) shows the last known figures, marked stale, once the server is gone', async () => {
    const page = await context.newPage();
    const url = adminPage('s-steady', 'reviews');
    // The demo page itself came from the server too: serve the copy taken while it was up.
    const html = await (await fetch(url, { headers: { 'accept-language': 'en' } })).text();
    // close() stops listening at once; it resolves only when the browser's open keep-alive and
    // pre-connected sockets are gone, which is at the latest when the browser closes (afterAll).
    serverClosed = server.close();
    await page.route(`${serverUrl}/demo/admin/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    await timed('stale overlay', async () => {
      await page.goto(url);
      await summaryIn(page, 'stale');
    });
    expect(await page.locator('[data-testid="sl-stale"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="sl-shop-name"]').textContent()).toBe(steady.name);
    expect(await page.locator('[data-testid="sl-review-count"]').getAttribute('data-value')).toBe(
      String(steady.reviewCount),
    );
    // The quality evaluation was cached with the figures.
    const evaluation = await latestEvaluation(database.db, 'demo', 's-steady');
    expect(await page.locator('[data-testid="sl-quality-status"]').getAttribute('data-status')).toBe(
      evaluation?.status,
    );
    await shot(page, '5-overlay-stale', 'sellerlens-summary');

    // A shop never seen while online has nothing to fall back on.
    await page.goto(adminPage('s-small', 'home'));
    await summaryIn(page, 'error');
    expect(await page.locator('[data-testid="sl-error"]').getAttribute('data-error')).toBe('offline');
    await shot(page, '6-overlay-offline', 'sellerlens-summary');
    await page.close();
  });
});
