import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childProcessDatabase, type TestDatabase } from '../support/test-db.ts';

/**
 * The CLI end to end, as a marketplace operator would run it: demo events written to a file, imported, and
 * evaluated with `--json`, against PGlite's DATA_DIR or PostgreSQL's DATABASE_URL.
 */
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'sl-cli-'));
const file = join(dir, 'demo.jsonl');
let env: NodeJS.ProcessEnv;
let testDatabase: TestDatabase | null = null;

const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/cli/index.ts', ...args], { env, maxBuffer: 64 << 20 });

interface JsonLine {
  marketplace: string;
  seller: string;
  status: string;
  rule: string | null;
  flags: string[];
  axes: Record<string, Record<string, unknown>>;
  clusters: { model: string; component: string; count: number; rate: number }[];
  pathToGreen: string[];
}
let lines: JsonLine[];

beforeAll(async () => {
  ({ env, database: testDatabase } = await childProcessDatabase(dir));
  await cli('demo-data', '--sellers', '30', '--seed', '1', '--as-of', '2026-11-23', '--out', file);
  await cli('import', file);
  const { stdout } = await cli('evaluate', '--as-of', '2026-11-23', '--json');
  lines = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as JsonLine);
}, 180_000);
afterAll(async () => {
  await testDatabase?.close();
  rmSync(dir, { recursive: true, force: true });
});

const line = (seller: string): JsonLine => {
  const found = lines.find((l) => l.seller === seller);
  if (!found) throw new Error(`no line for ${seller}`);
  return found;
};

describe('npm run cli -- evaluate --json on imported demo data', () => {
  it('writes one line per seller with every axis, its interval, n and percentile', () => {
    expect(lines).toHaveLength(30);
    for (const l of lines) {
      expect(l).toMatchObject({ marketplace: 'demo', status: expect.any(String) });
      expect(Object.keys(l)).toEqual(
        expect.arrayContaining(['rule', 'flags', 'rating', 'nps', 'unresolvedNegatives', 'clusters', 'pathToGreen']),
      );
      for (const axis of ['technical', 'delivery', 'afterSales']) {
        expect(Object.keys(l.axes[axis] ?? {})).toEqual(
          expect.arrayContaining(['score', 'rate', 'low', 'high', 'n', 'percentile']),
        );
      }
    }
  });

  it('judges the scenario sellers as the server does, the trial period coming from the imported overrides', () => {
    expect(line('s-trial')).toMatchObject({ status: 'trial', rule: 'trial' });
    expect(line('s-worsened').status).toBe('at_risk');
    expect(line('s-worsened').pathToGreen.length).toBeGreaterThan(0);
    expect(line('s-low').flags).toContain('low_365d');
    expect(line('s-small').flags).toContain('not_enough_data');
    expect(line('s-small').status).not.toBe('at_risk');
    expect(line('s-cluster').clusters[0]).toMatchObject({ model: 'Galaxy S10', component: 'battery' });
  });
});
