import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPostgresBin } from './support/postgres.ts';

/**
 * `npm test`: checks the machine has what the suite needs, then type-checks and lints, builds the
 * extension (the e2e tests load .output/chrome-mv3) and runs every Vitest project, stopping at the
 * first failure. Arguments after `npm test --` go to Vitest, e.g. `npm test -- --project unit`.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium postgresql';

interface StepResult {
  name: string;
  seconds: number;
  outcome: 'passed' | 'failed' | 'skipped' | 'not run';
  code: number;
}

let current: ChildProcess | null = null;
let interrupted: NodeJS.Signals | null = null;

function checkPrerequisites(): boolean {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM}), for the e2e tests`);
  if (!findPostgresBin())
    missing.push('PostgreSQL (initdb, pg_ctl in PATH or /usr/lib/postgresql/*/bin), for server-postgres');
  if (missing.length === 0) return true;
  console.error('npm test needs software this machine does not have:');
  for (const item of missing) console.error(`  - ${item}`);
  console.error('\nInstall it with (as root, or with sudo):\n');
  console.error(`  ${INSTALL}\n`);
  return false;
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((done) => {
    console.log(`\n> ${[command, ...args].join(' ')}\n`);
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    current = child;
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      current = null;
      done(127);
    });
    child.on('exit', (code, signal) => {
      current = null;
      done(code ?? 128 + (signal ? constants.signals[signal] : 1));
    });
  });
}

async function step(name: string, command: string, args: string[]): Promise<StepResult> {
  const started = performance.now();
  const code = await run(command, args);
  const seconds = (performance.now() - started) / 1000;
  return { name, seconds, outcome: code === 0 ? 'passed' : 'failed', code };
}

const RESULTS = join(root, 'node_modules', '.cache', 'vitest-results.json');

/** The totals of the last Vitest run, for the closing `N passed, N failed` line. */
function testCounts(): { passed: number; failed: number; skipped: number } | null {
  if (!existsSync(RESULTS)) return null;
  const report = JSON.parse(readFileSync(RESULTS, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function vitestCommand(): [string, string[]] {
  const bin = join(root, 'node_modules', 'vitest', 'vitest.mjs');
  return existsSync(bin) ? [process.execPath, [bin]] : ['npx', ['vitest']];
}

function summary(results: StepResult[], started: number): string {
  const total = ((performance.now() - started) / 1000).toFixed(1);
  const parts = results.map((r) => {
    if (r.outcome === 'skipped' || r.outcome === 'not run') return `${r.name} ${r.outcome}`;
    return `${r.name} ${r.outcome === 'passed' ? 'ok' : `FAILED (exit ${r.code})`} in ${r.seconds.toFixed(1)} s`;
  });
  return `npm test: ${parts.join(' | ')} | total ${total} s`;
}

// Ctrl-C reaches the running step too (same process group): give it time to clean up (the PostgreSQL
// cluster) and exit; pass the signal on only if it was sent to us alone.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    interrupted = signal;
    const child = current;
    if (!child) process.exit(128 + constants.signals[signal]);
    setTimeout(() => {
      if (current === child) child.kill(signal);
    }, 1000).unref();
  });
}

async function main(): Promise<number> {
  const started = performance.now();
  if (!checkPrerequisites()) return 1;
  const [vitest, vitestArgs] = vitestCommand();
  rmSync(RESULTS, { force: true });
  const steps: Array<{ name: string; command: string; args: string[]; skip?: string }> = [
    { name: 'check', command: 'npm', args: ['run', 'check'] },
    {
      name: 'build:ext',
      command: 'npm',
      args: ['run', 'build:ext'],
      skip: existsSync(join(root, 'entrypoints')) ? undefined : 'no entrypoints/ yet: the extension is not built',
    },
    {
      name: 'vitest',
      command: vitest,
      args: [
        ...vitestArgs,
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${RESULTS}`,
        ...process.argv.slice(2),
      ],
    },
  ];
  const results: StepResult[] = [];
  let exitCode = 0;
  for (const s of steps) {
    if (exitCode !== 0) {
      results.push({ name: s.name, seconds: 0, outcome: 'not run', code: 0 });
      continue;
    }
    if (s.skip) {
      console.log(`\n> ${s.name}: skipped (${s.skip})`);
      results.push({ name: s.name, seconds: 0, outcome: 'skipped', code: 0 });
      continue;
    }
    const result = await step(s.name, s.command, s.args);
    results.push(result);
    if (result.code !== 0 || interrupted) exitCode = result.code || 1;
  }
  console.log(`\n${summary(results, started)}`);
  const counts = testCounts();
  if (counts)
    console.log(
      `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
    );
  return exitCode;
}

process.exit(await main());
