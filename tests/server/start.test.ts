import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDbKind } from '../support/test-db.ts';

/** `npm start` as a user runs it: loads the demo into an empty database, serves, and stops cleanly. */
const dir = mkdtempSync(join(tmpdir(), 'sl-start-'));
let testDatabase: Awaited<ReturnType<typeof openTestDatabase>> | null = null;

beforeAll(async () => {
  if (testDbKind === 'postgres') testDatabase = await openTestDatabase();
});
afterAll(async () => {
  await testDatabase?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('loads the demo, prints the demo users, answers /healthz and stops cleanly on SIGTERM', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: join(dir, 'data'),
      SELLERLENS_SKIP_EXT_BUILD: '1',
      SELLERLENS_DEMO_SELLERS: '8',
    };
    delete env.DATABASE_URL;
    if (testDatabase) env.DATABASE_URL = testDatabase.url;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += String(chunk);
        const match = output.match(/listening at (http:\/\/\S+)/);
        if (match?.[1] && output.includes('Ready in')) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
    });
    expect(output).toMatch(/seller\s+uk\s+Olena Kovalenko\s+sl_[\w-]{43} shops s-steady, s-worsened/);
    for (const locale of ['fr', 'de', 'it', 'es', 'zh'])
      expect(output).toMatch(new RegExp(`account_manager\\s+${locale}\\s`));
    expect(output).toMatch(/moderator\s+pl/);
    expect(output).toMatch(/admin\s+en/);

    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toMatchObject({ ok: true, db: testDbKind });
    const token = output.match(/seller\s+uk\s+Olena Kovalenko\s+(sl_[\w-]{43})/)?.[1];
    const whoami = await fetch(`${url}/trpc/me.whoami`, { headers: { authorization: `Bearer ${token}` } });
    expect(await whoami.json()).toMatchObject({ result: { data: { name: 'Olena Kovalenko', role: 'seller' } } });

    // The demo shop, on a line of its own, embeds the seller's widget.
    const shopUrl = output.match(/^demo shop: (http:\/\/\S+)$/m)?.[1];
    expect(shopUrl).toBe(`${url}/demo/shop/demo/s-steady`);
    const shop = await (await fetch(shopUrl ?? '')).text();
    expect(shop).toMatch(/<script src="\/widget\/loader\.js\?shop=pk_demo_[0-9a-f]{24}" async>/);

    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped cleanly.');
  }, 120_000);
});
