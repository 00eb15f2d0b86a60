import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { queryRows } from './query.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// The server's own PGlite on a data directory, as DATA_DIR opens it (the other tests use cloned templates).
describe('PGlite on a data directory', () => {
  it('runs with the buffer pool it is given and without full-page WAL images, and reopens with its data', {
    timeout: 60_000,
  }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sl-pglite-dir-'));
    dirs.push(dataDir);
    const first = await openDatabase({ dataDir, sharedBuffers: '256MB' });
    const settings = await queryRows<{ name: string; setting: string; unit: string | null }>(
      first.db,
      sql`SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'full_page_writes') ORDER BY name`,
    );
    expect(settings).toEqual([
      { name: 'full_page_writes', setting: 'off', unit: null },
      { name: 'shared_buffers', setting: String((256 * 1024) / 8), unit: '8kB' },
    ]);
    await first.db.execute(
      sql`INSERT INTO marketplaces (id, name, policy, currency, language) VALUES ('m1', 'M', 'prom', 'UAH', 'uk')`,
    );
    await first.close();
    const again = await openDatabase({ dataDir });
    const rows = await queryRows<{ id: string }>(again.db, sql`SELECT id FROM marketplaces`);
    await again.close();
    expect(rows).toEqual([{ id: 'm1' }]);
  });
});
