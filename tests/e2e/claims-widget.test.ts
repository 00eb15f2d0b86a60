import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { ensureDerivedShopKeys } from '../../server/db/claims.ts';
import { type Database, openDatabase } from '../../server/db/client.ts';
import { loadDemo } from '../../server/demo/load.ts';
import type { DemoUser } from '../../server/demo/users.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import { appRouter } from '../../server/routers/index.ts';
import { createCallerFactory, createContext } from '../../server/trpc.ts';

/**
 * A buyer on the demo shop page of s-steady (an ordinary web shop with the seller's widget embedded) opens a
 * claim with a photo in Debian's Chromium, sees the offer, and, once the seller has accepted, the acceptance.
 * The seller accepts through the claims router (the extension's banner is another slice).
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const screenshots = join(root, 'tests/e2e/__screenshots__');
const chromiumPath = process.env.SL_CHROMIUM ?? '/usr/bin/chromium';

let temp: string;
let database: Database;
let server: RunningServer;
let browser: Browser;
let seller: DemoUser;

const shopPage = (query = '') => `${server.url}/demo/shop/demo/s-steady${query}`;
const shot = (page: Page, name: string) => page.screenshot({ path: join(screenshots, `${name}.png`) });

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'sellerlens-e2e-claims-'));
  mkdirSync(screenshots, { recursive: true });
  database = await openDatabase({ dataDir: 'memory://' });
  const now = new Date();
  const asOf = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const users = await loadDemo(database.db, { sellers: 6, seed: 1, asOf, tokensFile: join(temp, 'tokens.json') });
  const found = users.find((u) => u.role === 'seller' && u.shops.includes('s-steady'));
  if (!found) throw new Error('no demo seller of s-steady');
  seller = found;
  await ensureDerivedShopKeys(database.db, 'demo');
  server = await listen(createApp(database, { claimsDir: join(temp, 'claims') }), '127.0.0.1', 0);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await database?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

async function newPage(locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1100, height: 820 } });
  return context.newPage();
}

describe('the claims widget on a shop page', () => {
  it('lets a buyer open a claim with a photo, shows the offer, then the seller’s acceptance', async () => {
    const page = await newPage();
    await page.goto(shopPage());
    const demoOrder = page.locator('[data-demo-order]').first();
    const order = (await demoOrder.getAttribute('data-demo-order')) ?? '';
    const email = (await demoOrder.getAttribute('data-demo-email')) ?? '';
    await page.locator('.sl-launch').click();
    await page.locator('.sl-panel input[name="order"]').fill(order);
    await page.locator('.sl-panel input[name="contact"]').fill(email);
    await page.locator('.sl-panel button[type="submit"]').click();
    await page
      .locator('.sl-panel textarea[name="description"]')
      .fill('A deep scratch on the back, found when unpacking.');
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#888' } })
      .png()
      .toBuffer();
    await page
      .locator('.sl-panel input[name="photos"]')
      .setInputFiles({ name: 'scratch.jpg', mimeType: 'image/jpeg', buffer: photo });
    await shot(page, 'claims-1-form');
    await page.locator('.sl-panel button[type="submit"]').click();
    await page.locator('[data-option="partial_refund"]').waitFor({ timeout: 20_000 });
    await page.locator('.sl-panel .sl-muted', { hasText: 'Photos attached: 1' }).waitFor({ timeout: 20_000 });
    expect(
      await page.locator('[data-option]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-option'))),
    ).toEqual(['partial_refund', 'repair', 'replacement', 'return']);
    expect(await page.locator('[data-option="partial_refund"]').textContent()).toMatch(/Keep the item and get .*\d/);
    await shot(page, 'claims-2-offer');

    const caller = createCallerFactory(appRouter)(
      await createContext(database.db, database.kind, `Bearer ${seller.token}`),
    );
    const [claim] = await caller.claims.forSeller({ marketplace: 'demo', seller: 's-steady', limit: 1 });
    if (!claim) throw new Error('the claim did not reach the seller');
    expect(claim.photos).toHaveLength(1);
    expect(Number(claim.offer?.sellerSaving)).toBeGreaterThan(0);
    await caller.claims.accept({ marketplace: 'demo', claim: claim.id });

    await page.locator('.sl-panel button.sl-quiet', { hasText: 'Refresh' }).click();
    await page.locator('[data-claim-state="accepted"] [data-answer="accept"]').waitFor({ timeout: 20_000 });
    await shot(page, 'claims-3-accepted');

    // The claim link brings the buyer back to the claim in a new visit, without an account.
    const link = (await page.locator('.sl-link').textContent()) ?? '';
    const later = await newPage();
    await later.goto(link);
    await later.locator('[data-claim-state="accepted"]').waitFor({ timeout: 20_000 });
    await later.context().close();
    await page.context().close();
  });

  it('keeps the host page’s CSS out: `* { all: unset }` and huge fonts leave the widget as designed', async () => {
    const page = await newPage();
    await page.goto(shopPage('?hostile=1'));
    const launcher = page.locator('.sl-launch');
    await launcher.click();
    await page.locator('.sl-panel input[name="order"]').waitFor();
    const styles = await page.evaluate(() => {
      const host = document.querySelector('[data-sellerlens-widget]');
      const shadow = host?.shadowRoot;
      const of = (selector: string) => {
        const node = shadow?.querySelector(selector);
        const style = node ? getComputedStyle(node) : null;
        return style && { font: style.fontSize, color: style.color, position: style.position };
      };
      return {
        page: getComputedStyle(document.body).fontSize,
        launcher: of('.sl-launch'),
        panel: of('.sl-panel'),
        input: of('input'),
      };
    });
    expect(styles.page).toBe('48px'); // the host's huge root font reaches the host's own body
    expect(styles.launcher).toEqual({ font: '15px', color: 'rgb(255, 255, 255)', position: 'fixed' });
    expect(styles.panel).toEqual({ font: '14px', color: 'rgb(27, 31, 36)', position: 'fixed' });
    expect(styles.input?.font).toBe('14px');
    await shot(page, 'claims-4-hostile-host');
    await page.context().close();
  });

  it('speaks the page’s language, Russian included', async () => {
    const page = await newPage('en-US');
    await page.goto(shopPage('?lang=ru'));
    await page.locator('.sl-launch', { hasText: 'Проблема с заказом?' }).click();
    await page.locator('.sl-panel', { hasText: 'Номер заказа' }).waitFor({ timeout: 20_000 });
    await page.locator('.sl-panel input[name="order"]').fill('o-nope');
    await page.locator('.sl-panel input[name="contact"]').fill('nobody@example.com');
    await page.locator('.sl-panel button[type="submit"]').click();
    await page.locator('.sl-error', { hasText: 'Мы не нашли заказ' }).waitFor({ timeout: 20_000 });
    await shot(page, 'claims-5-russian-error');
    await page.context().close();
  });
});
