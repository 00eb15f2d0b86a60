import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real CLI's conventions, spawned as a user runs it: help on every command, one line naming the flag
 * and exit status 2 for every usage error. None of this may open a database: DATA_DIR points at a folder
 * that must still not exist at the end.
 */
// One process at a time, so that the spawns do not starve the unit tests beside them on a 2-core machine; each
// takes a second or more there, hence the longer timeouts.
const dir = mkdtempSync(join(tmpdir(), 'sl-cli-usage-'));
const dataDir = join(dir, 'data');
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
delete env.DATABASE_URL;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}
const cli = (...args: string[]): Promise<Result> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/cli/index.ts', ...args],
      { env, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });

const flags = {
  import: ['<file>', '--strict', '--batch-size LINES', '--ack'],
  'demo-data': ['--sellers N', '--seed S', '--as-of YYYY-MM-DD', '--out FILE'],
  evaluate: ['--as-of YYYY-MM-DD', '--marketplace ID', '--json', '--lang LOCALE'],
  classify: ['< reviews.jsonl'],
} as const;

describe('npm run cli -- --help', { timeout: 60_000 }, () => {
  it('lists every command with its options on stdout and exits 0', async () => {
    for (const args of [['--help'], ['-h']]) {
      const { code, stdout, stderr } = await cli(...args);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^usage: npm run cli -- <command>/);
      for (const [name, shown] of Object.entries(flags)) {
        expect(stdout).toMatch(new RegExp(`^ {2}${name}\\b`, 'm'));
        for (const flag of shown) expect(stdout).toContain(flag);
      }
    }
  });

  it('prints the same on stderr and exits 2 without a command', async () => {
    const none = await cli();
    const help = await cli('--help');
    expect(none).toEqual({ code: 2, stdout: '', stderr: help.stdout });
  });

  it.each(Object.entries(flags))('%s --help prints its usage and options and exits 0', async (name, shown) => {
    // -h once: the parser's unit tests hold the two the same for every command.
    for (const flag of name === 'import' ? ['--help', '-h'] : ['--help']) {
      const { code, stdout, stderr } = await cli(name, flag);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(new RegExp(`^usage: npm run cli -- ${name}`));
      for (const option of [...shown, '-h, --help']) expect(stdout).toContain(option);
    }
  });
});

describe('usage errors exit 2 with one line naming the flag', { timeout: 60_000 }, () => {
  // One case of each kind; tests/unit/cli-args.test.ts has every message.
  it.each([
    [['nope'], 'unknown command "nope"; the commands are import, demo-data, evaluate, classify'],
    [['import'], 'import: missing <file>'],
    [['import', 'examples/small.jsonl', 'more.jsonl'], 'import: unexpected argument "more.jsonl"'],
    [['import', 'examples/small.jsonl', '--nope'], 'import: unknown flag --nope'],
    [['import', 'examples/small.jsonl', '--batch-size'], 'import: --batch-size needs a value (LINES)'],
    [['import', 'examples/small.jsonl', '--batch-size', 'many'], 'import: --batch-size: expected a whole number'],
    [['import', join(dir, 'missing.jsonl')], 'import: <file>: no such file'],
    [['evaluate', '--as-of', '2024-02-30'], 'evaluate: --as-of: expected a real date as YYYY-MM-DD, got "2024-02-30"'],
    [['evaluate', '--as-of', '--json'], 'evaluate: --as-of needs a value (YYYY-MM-DD)'],
    [['evaluate', '--lang', 'xx'], 'evaluate: --lang: expected one of en, uk'],
    [['demo-data', '--sellers', '0'], 'demo-data: --sellers: expected a whole number from 1 to 100000, got "0"'],
    [['classify', 'reviews.jsonl'], 'classify: unexpected argument "reviews.jsonl"'],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
    expect(lines[0]).toMatch(/; see npm run cli -- .*--help$/);
  });
});

describe('demo-data --sellers', { timeout: 60_000 }, () => {
  it('writes exactly the sellers asked for, and says so in the right plural', async () => {
    const out = join(dir, 'two.jsonl');
    const two = await cli('demo-data', '--sellers', '2', '--seed', '3', '--as-of', '2024-02-29', '--out', out);
    expect(two.code).toBe(0);
    const events = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; id: string });
    expect(events.filter((e) => e.type === 'seller').map((e) => e.id)).toEqual(['s-steady', 's-worsened']);
    expect(two.stderr).toMatch(new RegExp(`^${events.length} events for 2 sellers written to ${out} in `));
    const one = await cli('demo-data', '--sellers', '1', '--as-of', '2024-02-29');
    expect(one.stderr).toMatch(/^\d+ events for 1 seller written to stdout in /);
    expect(one.stdout.split('\n').filter((line) => line.includes('"type":"seller"'))).toHaveLength(1);
  });
});

describe('no usage error or help', { timeout: 60_000 }, () => {
  it('opened a database', async () => {
    await cli('evaluate', '--as-of', '2024-02-30');
    expect(existsSync(dataDir)).toBe(false);
  });
});
