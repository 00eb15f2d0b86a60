import { execFileSync, spawnSync } from 'node:child_process';
import {
  accessSync,
  chownSync,
  constants,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster for the test suite: initdb into a temp dir, start on a free loopback
 * port with trust auth and fsync off, and stop + delete it afterwards. As root the cluster runs as the
 * `postgres` system user (initdb refuses root); otherwise as the current user.
 */

export interface PostgresCluster {
  /** Connection URL of the `postgres` database as the `postgres` superuser. */
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
}

const DIR_PREFIX = 'sl-pg-';
const OWNER_FILE = 'owner.pid';

/** The directory holding initdb and pg_ctl: from PATH, else the newest /usr/lib/postgresql/N/bin. */
export function findPostgresBin(): string | null {
  const hasTools = (dir: string) => ['initdb', 'pg_ctl'].every((tool) => isExecutable(join(dir, tool)));
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && hasTools(dir)) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const dir = join(root, version, 'bin');
    if (hasTools(dir)) return dir;
  }
  return null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL tool, as `postgres` when we are root. */
function runTool(bin: string, tool: string, args: string[], options: { quiet?: boolean } = {}): void {
  const [command, fullArgs] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]]
    : [join(bin, tool), args];
  const result = spawnSync(command, fullArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(`${tool} ${args.join(' ')} failed with exit code ${result.status}:\n${output}`);
  }
  if (!options.quiet && result.stderr?.trim()) process.stderr.write(result.stderr);
}

/** A base directory the `postgres` user can traverse (the temp dir itself is chowned to it). */
function baseDir(): string {
  const base = tmpdir();
  if (!isRoot()) return base;
  let path = base;
  for (;;) {
    if ((statSync(path).mode & 0o001) === 0) return '/tmp';
    const parent = dirname(path);
    if (parent === path) return base;
    path = parent;
  }
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops and deletes clusters left behind by test runs that were killed (SIGKILL skips every cleanup). */
function reapOrphans(bin: string): void {
  const base = baseDir();
  let entries: string[];
  try {
    entries = readdirSync(base).filter((name) => name.startsWith(DIR_PREFIX));
  } catch {
    return;
  }
  for (const name of entries) {
    const dir = join(base, name);
    try {
      const owner = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
      if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) continue;
      if (existsSync(join(dir, 'data', 'postmaster.pid'))) {
        try {
          runTool(bin, 'pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop'], { quiet: true });
        } catch {
          // already gone
        }
      }
      rmSync(dir, { recursive: true, force: true });
      console.log(`postgres: removed the cluster an earlier, killed run left in ${dir}`);
    } catch {
      // not ours or not readable: leave it alone
    }
  }
}

/**
 * Starts a fresh cluster; it is also stopped when the process exits or is interrupted. `settings`: more server
 * settings (`-c name=value`), such as a bench's shared_buffers.
 */
export async function startPostgres(config: { settings?: Record<string, string> } = {}): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      'PostgreSQL binaries (initdb, pg_ctl) not found in PATH or /usr/lib/postgresql/*/bin. ' +
        'Install them: apt-get update && apt-get install -y postgresql',
    );
  }
  reapOrphans(bin);
  const started = Date.now();
  const dir = mkdtempSync(join(baseDir(), DIR_PREFIX));
  const dataDir = join(dir, 'data');
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  if (isRoot()) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }

  let running = false;
  let port = 0;
  const stopSync = (mode: 'fast' | 'immediate') => {
    if (running) {
      running = false;
      const pid = postmasterPid(dataDir);
      try {
        runTool(bin, 'pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop'], { quiet: true });
      } catch (error) {
        console.error(`postgres: could not stop the cluster in ${dir}: ${(error as Error).message}`);
      }
      if (pid) awaitReaped(pid);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const onExit = () => stopSync('immediate');
  const onSignal = (signal: NodeJS.Signals) => {
    stopSync('immediate');
    unregister();
    console.error(`postgres: ${signal}: cluster on port ${port} stopped and removed`);
    // Vitest's own handler exits at once; if nothing does, die of the signal as without this handler.
    setTimeout(() => process.kill(process.pid, signal), 200);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const unregister = () => {
    process.off('exit', onExit);
    for (const signal of signals) process.off(signal, onSignal);
  };
  process.on('exit', onExit);
  for (const signal of signals) process.on(signal, onSignal);

  try {
    runTool(bin, 'initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'], {
      quiet: true,
    });
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const options = [
        `-p ${port}`,
        `-k ${dir}`,
        '-c listen_addresses=127.0.0.1',
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=200',
        ...Object.entries(config.settings ?? {}).map(([name, value]) => `-c ${name}=${value}`),
      ].join(' ');
      try {
        running = true;
        runTool(bin, 'pg_ctl', ['-D', dataDir, '-l', join(dir, 'server.log'), '-o', options, '-w', 'start'], {
          quiet: true,
        });
        break;
      } catch (error) {
        running = existsSync(join(dataDir, 'postmaster.pid'));
        if (attempt >= 3) throw new Error(`${(error as Error).message}\n${serverLog(dir)}`);
        // The port may have been taken between choosing and binding it: try another one.
        if (running) {
          try {
            runTool(bin, 'pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], { quiet: true });
            running = false;
          } catch {
            // left running: stopSync tries again
          }
        }
      }
    }
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    console.log(
      `postgres: cluster started on 127.0.0.1:${port} in ${Date.now() - started} ms (${dir.split(sep).pop()})`,
    );
    return {
      url,
      port,
      dir,
      stop: async () => {
        unregister();
        const wasRunning = running;
        stopSync('fast');
        if (wasRunning) console.log(`postgres: cluster on port ${port} stopped and removed`);
      },
    };
  } catch (error) {
    unregister();
    stopSync('immediate');
    throw error;
  }
}

function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * pg_ctl daemonises the postmaster, so once stopped it is a zombie until init reaps it; wait (briefly)
 * for that so that no `postgres` process is visible after the suite.
 */
function awaitReaped(pid: number): void {
  const deadline = Date.now() + 3000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (Date.now() < deadline && existsSync(`/proc/${pid}`)) Atomics.wait(pause, 0, 0, 20);
}

function serverLog(dir: string): string {
  try {
    return readFileSync(join(dir, 'server.log'), 'utf8').slice(-4000);
  } catch {
    return '';
  }
}

/** The migrated database every test database is copied from (CREATE DATABASE ... TEMPLATE). */
export const TEMPLATE_DB = 'sl_template';

/** `url` with its database replaced. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs one statement on its own connection (CREATE/DROP DATABASE cannot run in a pool's transaction). */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
