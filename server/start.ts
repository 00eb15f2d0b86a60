import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createApp } from './app.ts';
import { ensureDerivedShopKeys } from './db/claims.ts';
import { openDatabase } from './db/client.ts';
import { isEmpty, loadDemo, readDemoUsers } from './demo/load.ts';
import type { DemoUser } from './demo/users.ts';
import { claimsDir, databaseConfig, readEnv } from './env.ts';
import { listen } from './http.ts';
import { EvaluationScheduler } from './jobs/scheduler.ts';

const env = readEnv();
const started = performance.now();
const database = await openDatabase(databaseConfig(env));
const tokensFile = join(env.DATA_DIR, 'demo-tokens.json');

if (await isEmpty(database.db)) {
  const tty = process.stdout.isTTY;
  process.stdout.write('Empty database: loading the demo marketplace…');
  const asOf = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  await loadDemo(database.db, {
    sellers: env.SELLERLENS_DEMO_SELLERS,
    seed: 1,
    asOf,
    tokensFile,
    onProgress: (n) => {
      if (tty) process.stdout.write(`\rEmpty database: loading the demo marketplace… ${n} events`);
    },
  });
  process.stdout.write(' done\n');
}

// The demo's sellers get widget keys derived from their ids (also on a database made before claims existed).
await ensureDerivedShopKeys(database.db, 'demo');

const scheduler = new EvaluationScheduler(database.db, { log: (message) => console.log(`[quality] ${message}`) });
const server = await listen(createApp(database, { scheduler, claimsDir: claimsDir(env) }), env.HOST, env.PORT);
console.log(
  `SellerLens ${database.kind === 'pglite' ? `on PGlite (${env.DATA_DIR})` : 'on PostgreSQL'} listening at ${server.url}`,
);
console.log(`  health:       ${server.url}/healthz`);
console.log(`  demo admin:   ${server.url}/demo/admin/demo/s-steady/home`);
console.log(`demo shop: ${server.url}/demo/shop/demo/s-steady`);
printDemoUsers(readDemoUsers(tokensFile));
console.log(`Ready in ${Math.round(performance.now() - started)} ms. Ctrl+C stops.`);

scheduler.start();
if (env.SELLERLENS_SKIP_EXT_BUILD === '0') buildExtension();

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: finishing in-flight requests…`);
  await server.close();
  await scheduler.stop();
  await database.close();
  console.log('Stopped cleanly.');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

function printDemoUsers(users: DemoUser[] | null): void {
  if (!users) {
    console.log('  (no demo users file: the database was not created by this server)');
    return;
  }
  console.log('Demo users (paste a token into the extension options):');
  for (const user of users) {
    const shops = user.role === 'seller' ? ` shops ${user.shops.join(', ')}` : '';
    console.log(`  ${user.role.padEnd(15)} ${user.locale}  ${user.name.padEnd(18)} ${user.token}${shops}`);
  }
}

/** Builds the extension in the background so the server is usable at once. */
function buildExtension(): void {
  const child = spawn('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += String(chunk);
  });
  child.on('exit', (code) => {
    if (code === 0) {
      console.log(
        'Extension built: open chrome://extensions, enable Developer mode, "Load unpacked" → .output/chrome-mv3',
      );
    } else {
      console.log(`Extension build failed (npm run build:ext to see why):\n${errors.slice(-2000)}`);
    }
  });
}
