import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { type Database, openDatabase } from '../../server/db/client.ts';
import { loadDemo } from '../../server/demo/load.ts';
import type { DemoUser } from '../../server/demo/users.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import { Ingest } from '../../server/ingest/ingest.ts';
import { appRouter } from '../../server/routers/index.ts';
import { InlineRescorer } from '../../server/services/rescore.ts';
import { createCallerFactory, createContext } from '../../server/trpc.ts';
import { createI18n } from '../../shared/i18n.ts';

/**
 * The built extension in Debian's Chromium against the real server and demo: every review row gets its
 * chips and the right countdown, the count above the list is the server's, the banner names overdue
 * negatives, order rows show late-dispatch risk, and a review whose text is an XSS payload stays text.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const extensionDir = join(root, '.output/chrome-mv3');
const screenshots = join(root, 'tests/e2e/__screenshots__');
const chromiumPath = process.env.SL_CHROMIUM ?? '/usr/bin/chromium';
const DAY = 86_400_000;
const HOUR = 3_600_000;

const xssText =
  '<img src=x onerror="window.__slXss=1"><script>window.__slXss=2</script>' +
  '<a href="javascript:window.__slXss=3">click</a> the charger never came';

let temp: string;
let database: Database;
let server: RunningServer;
let serverUrl: string;
let context: BrowserContext;
let extensionId: string;
let seller: DemoUser;

const adminPage = (shop: string, page: string, query = '') => `${serverUrl}/demo/admin/demo/${shop}/${page}${query}`;

function todayUtcMidnight(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

async function shot(page: Page, name: string, selector?: string): Promise<void> {
  const path = join(screenshots, `${name}.png`);
  if (selector) await page.locator(selector).first().screenshot({ path });
  else await page.screenshot({ path, fullPage: false });
}

async function callerFor(token: string) {
  const ctx = await createContext(database.db, database.kind, `Bearer ${token}`);
  return createCallerFactory(appRouter)(ctx);
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'sellerlens-e2e-rows-'));
  mkdirSync(screenshots, { recursive: true });
  database = await openDatabase({ dataDir: 'memory://' });
  const users = await loadDemo(database.db, {
    sellers: 8,
    seed: 1,
    asOf: todayUtcMidnight(),
    tokensFile: join(temp, 'tokens.json'),
  });
  const found = users.find((user) => user.role === 'seller' && user.shops.includes('s-steady'));
  if (!found) throw new Error('the demo seller should own s-steady');
  seller = found;
  // Two fresh negatives through the one way in: an XSS payload with 3 days left, one 2 days overdue.
  const now = Date.now();
  const review = (id: string, ageMs: number, text: string) => ({
    type: 'review' as const,
    marketplace: 'demo',
    id,
    seller: 's-steady',
    order: null,
    createdAt: new Date(now - ageMs).toISOString(),
    rating: 1,
    text,
    lang: 'en' as const,
    author: 'e2e buyer',
    verified: true,
  });
  await new Ingest(database.db, new InlineRescorer(database.db)).events([
    review('e2e-xss', 11 * DAY + HOUR, xssText),
    review('e2e-overdue', 16 * DAY - HOUR, 'Parcel arrived two weeks late and nobody answered my messages.'),
  ]);

  server = await listen(createApp(database), '127.0.0.1', 0);
  serverUrl = server.url;
  context = await chromium.launchPersistentContext(join(temp, 'profile'), {
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
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  extensionId = new URL(worker.url()).host;

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('[data-testid="sl-server-url"]').fill(serverUrl);
  await options.locator('[data-testid="sl-token"]').fill(seller.token);
  await options.locator('[data-testid="sl-save"]').click();
  await options.locator('[data-testid="sl-options-status"][data-state="saved"]').waitFor({ timeout: 10_000 });
  await options.close();
});

afterAll(async () => {
  await context?.close();
  await server?.close().catch(() => undefined);
  await database?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('review rows, banner and order rows', () => {
  it('gives every review row its chips and the right countdown, and counts as the server does', async () => {
    const caller = await callerFor(seller.token);
    const ref = { marketplace: 'demo', seller: 's-steady' };
    const [unresolved, overview] = await Promise.all([caller.reviews.unresolved(ref), caller.sellers.overview(ref)]);
    expect(unresolved.map((r) => r.id)).toEqual(expect.arrayContaining(['e2e-xss', 'e2e-overdue']));
    const uk = createI18n('uk');

    const page = await context.newPage();
    await page.goto(adminPage('s-steady', 'reviews', '?filter=negative'));
    await page.locator('[data-testid="sl-summary"][data-state="ready"]').waitFor({ timeout: 20_000 });
    const articles = await page.locator('article.adm-review').count();
    expect(articles).toBeGreaterThan(2);
    await page
      .locator('[data-testid="sl-row"]')
      .nth(articles - 1)
      .waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="sl-row"]').count()).toBe(articles);

    // The same unresolved count above the list, on the card and from both procedures.
    const listCount = page.locator('[data-testid="sl-list-unresolved"]');
    expect(await listCount.getAttribute('data-count')).toBe(String(unresolved.length));
    expect(unresolved.length).toBe(overview.unresolvedNegatives);
    expect(await page.locator('[data-testid="sl-unresolved-count"]').getAttribute('data-value')).toBe(
      String(overview.unresolvedNegatives),
    );

    // Olena reads Ukrainian: plural forms of her locale.
    const row = (id: string) => page.locator(`[data-testid="sl-row"][data-review-id="${id}"]`);
    const xss = row('e2e-xss').locator('[data-testid="sl-row-countdown"]');
    expect(await xss.getAttribute('data-kind')).toBe('left');
    expect(await xss.textContent()).toBe(uk.t('rows.left', { count: 3 }));
    expect(await xss.textContent()).toBe('залишилося 3 дні');
    const late = row('e2e-overdue').locator('[data-testid="sl-row-countdown"]');
    expect(await late.getAttribute('data-kind')).toBe('overdue');
    expect(await late.textContent()).toBe('прострочено на 2 дні');
    expect(await row('e2e-overdue').locator('[data-reason]').count()).toBeGreaterThan(0);

    // Every unresolved negative on the page has a countdown agreeing with its deadline; the others none.
    const deadlines = new Map(unresolved.map((r) => [r.id, r]));
    const rows = await page.locator('[data-testid="sl-row"]').evaluateAll((elements) =>
      elements.map((el) => ({
        id: el.getAttribute('data-review-id') ?? '',
        mark: el.getAttribute('data-mark'),
        kind: el.querySelector('[data-testid="sl-row-countdown"]')?.getAttribute('data-kind') ?? null,
        days: Number(el.querySelector('[data-testid="sl-row-countdown"]')?.getAttribute('data-days') ?? Number.NaN),
        reasons: [...el.querySelectorAll('[data-reason]')].map((chip) => chip.getAttribute('data-reason')),
        hasAge: el.querySelector('[data-testid="sl-row-age"]') !== null,
      })),
    );
    const now = Date.now();
    for (const shown of rows) {
      expect(shown.hasAge, shown.id).toBe(true);
      const open = deadlines.get(shown.id);
      if (!open) {
        expect(shown.kind, shown.id).toBeNull();
        expect(['commented', 'resolved'], shown.id).toContain(shown.mark);
        continue;
      }
      expect(shown.mark, shown.id).toBe('unresolved');
      expect(shown.reasons, shown.id).toEqual(open.reasons?.length ? open.reasons : []);
      const leftDays = (Date.parse(open.deadline) - now) / DAY;
      if (open.overdue) {
        expect(shown.kind, shown.id).toBe('overdue');
        expect(shown.days, shown.id).toBe(Math.ceil(-leftDays));
      } else if (leftDays < 1) {
        expect(shown.kind, shown.id).toBe('today');
      } else {
        expect(shown.kind, shown.id).toBe('left');
        expect(shown.days, shown.id).toBe(Math.ceil(leftDays));
      }
    }

    // The banner names the negatives past their deadline.
    const overdue = unresolved.filter((r) => r.overdue).length;
    expect(overdue).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="sl-banner"]').getAttribute('data-overdue')).toBe(String(overdue));
    expect(await page.locator('[data-testid="sl-banner-overdue"]').textContent()).toBe(
      uk.t('banner.overdue', { count: overdue }),
    );

    await shot(page, '8-review-rows');
    await page.locator('article[data-review-id="e2e-xss"]').scrollIntoViewIfNeeded();
    await shot(page, '8-review-row-xss', 'article[data-review-id="e2e-xss"]');
    await shot(page, '8-banner', 'sellerlens-alert-banner');
    await page.close();
  });

  it('keeps a review whose text is an XSS payload as text, in the page and in every overlay', async () => {
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(adminPage('s-steady', 'reviews', '?filter=negative'));
    const xssRow = page.locator('[data-testid="sl-row"][data-review-id="e2e-xss"]');
    await xssRow.waitFor({ timeout: 20_000 });
    const text = await page.locator('article[data-review-id="e2e-xss"] .adm-review-text').textContent();
    expect(text).toBe(xssText);
    const found = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('*')].filter((el) => el.tagName.startsWith('SELLERLENS-'));
      const inOverlays = hosts.flatMap((host) => [
        ...(host.shadowRoot?.querySelectorAll('img, script:not([src]), a[href^="javascript:"], [onerror]') ?? []),
      ]);
      return {
        executed: (window as unknown as { __slXss?: number }).__slXss ?? null,
        overlays: hosts.length,
        dangerous: inOverlays.map((el) => el.outerHTML),
        inPage: document.querySelectorAll('article[data-review-id="e2e-xss"] img, article[data-review-id="e2e-xss"] a')
          .length,
      };
    });
    expect(found).toEqual({ executed: null, overlays: expect.any(Number), dangerous: [], inPage: 0 });
    expect(found.overlays).toBeGreaterThan(2);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('marks order rows whose promised dispatch date has passed or is today', async () => {
    const page = await context.newPage();
    await page.goto(adminPage('s-steady', 'orders'));
    await page.locator('[data-testid="sl-summary"][data-state="ready"]').waitFor({ timeout: 20_000 });
    const expected = await page.locator('table.adm-orders tr[data-order-id]').evaluateAll((rows) => {
      const now = new Date();
      return rows
        .map((row) => {
          const promised = row.getAttribute('data-promised-ship-by');
          const status = row.querySelector('td[data-status]')?.getAttribute('data-status');
          if (!promised || (status !== 'awaiting' && status !== 'late')) return null;
          const date = new Date(promised);
          if (date < now) return [row.getAttribute('data-order-id'), 'late'];
          return date.toDateString() === now.toDateString() ? [row.getAttribute('data-order-id'), 'due_today'] : null;
        })
        .filter((entry) => entry !== null);
    });
    if (expected.length > 0) await page.locator('[data-testid="sl-order-risk"]').first().waitFor({ timeout: 20_000 });
    const shown = await page
      .locator('[data-testid="sl-order-risk"]')
      .evaluateAll((marks) =>
        marks.map((mark) => [mark.getAttribute('data-order-id'), mark.getAttribute('data-risk')]),
      );
    expect(shown).toEqual(expected);
    await shot(page, '9-order-rows');
    await page.close();
  });
});
