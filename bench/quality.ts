import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '../server/db/client.ts';
import { importFile } from '../server/ingest/import-file.ts';
import { Ingest, noRescoring } from '../server/ingest/ingest.ts';
import { readersFor, startReaderPool } from '../server/ingest/reader-pool.ts';
import { evaluateAll, reevaluateSellers } from '../server/services/quality.ts';
import { adminQuery, startPostgres } from '../tests/support/postgres.ts';
import { baselineEvaluation } from './baseline.ts';
import { fullSize, type SyntheticSize, scaled, syntheticEvents, writeJsonl } from './synthetic.ts';

/**
 * `npm run bench:quality [-- --factor 0.1] [--engines pglite,postgres] [--repeats 5]`: import and full evaluation at the
 * full size and at one tenth, against a hand-written SQL baseline measured in the same run; incremental
 * re-evaluation after one new review. Prints ratios, since absolute times on a shared machine are noisy.
 */
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const factor = Number(flag('factor', '1'));
const engines = flag('engines', 'pglite,postgres').split(',');
const repeats = Number(flag('repeats', '5'));
const asOf = new Date('2026-11-24T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'sl-bench-'));

const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

/**
 * A server that has run a while recycles its WAL segments; a new cluster's first import creates ~0.6 GB of them,
 * which cost the same import 6 s of the backend's CPU (one new cluster, wal_init_zero off: 34.9 s, then 26.1 s
 * into it again; 28.4 s after this). So the bench's new cluster first writes and drops ~0.8 GB, and checkpoints,
 * leaving ~49 segments to recycle.
 */
async function writtenWal(url: string): Promise<number> {
  const [, ms] = await time(() =>
    adminQuery(
      url,
      `CREATE TABLE wal_warmup AS SELECT g, repeat('x', 200) AS filler FROM generate_series(1, 3000000) AS g;
       DROP TABLE wal_warmup; CHECKPOINT`,
    ),
  );
  return ms;
}

interface Measured {
  events: number;
  importMs: number;
  evaluateMs: number;
  baselineMs: number;
  /** Median over the alternating pairs of evaluation time / baseline time. */
  ratio: number;
  incrementalMs: number;
}

async function measure(engine: string, size: SyntheticSize, file: string, events: number): Promise<Measured> {
  let database: Database;
  let stopPostgres: (() => Promise<void>) | null = null;
  // As the CLI does: the import's reader threads start, and the classifier trains, while the database opens.
  const startedReaders = performance.now();
  const readers = startReaderPool(readersFor(engine !== 'postgres'));
  if (engine === 'postgres') {
    // Set up like a server's, not with PostgreSQL's defaults for tiny machines: shared_buffers 1 GB (the usual
    // advice is a quarter of RAM; this is 1 GB of 24), so a million orders' indexes stay in its buffers while
    // they are written; and max_wal_size 4 GB, as PostgreSQL's "Populating a Database" advises for large loads,
    // so the import's ~0.5 GB of WAL does not set off a checkpoint of those buffers midway (the same import into
    // a warmed new cluster: 53.1k events/s with the 1 GB default and one checkpoint, 58.0k with 4 GB and none).
    const cluster = await startPostgres({
      settings: { shared_buffers: '1GB', max_wal_size: '4GB', wal_init_zero: 'off' },
    });
    console.log(
      `  postgres: WAL segments of a server that has run a while, written in ${fmt(await writtenWal(cluster.url))}`,
    );
    stopPostgres = cluster.stop;
    database = await openDatabase({ databaseUrl: cluster.url });
  } else {
    // A data directory on disk, as the server keeps by default (DATA_DIR), not memory://.
    database = await openDatabase({ dataDir: mkdtempSync(join(dir, 'pglite-')) });
  }
  try {
    const { db } = database;
    const opened = performance.now() - startedReaders;
    // The importer refreshes the planner's statistics at the end, inside the timed import.
    const [, importMs] = await time(() => importFile(new Ingest(db, noRescoring), file, { batchSize: 5_000, readers }));
    console.log(
      `  ${engine} ${size.sellers} sellers: database open after ${fmt(opened)}, import ${fmt(importMs)}; ` +
        `reader threads ready ${fmt(await readers.ready())} after they started`,
    );
    // Warm both queries once, then time: the first run pays for cold caches on either engine.
    await baselineEvaluation(db, 'bench', asOf);
    await evaluateAll(db, { asOf, marketplace: 'bench', save: false });
    // Baseline and evaluation alternate, and the ratio is the median of each pair's: the machine's speed drifts
    // by tens of percent within minutes, and a pair run back to back drifts least.
    const pairs: { baselineMs: number; evaluateMs: number }[] = [];
    for (let i = 0; i < repeats; i++) {
      const [, baselineMs] = await time(() => baselineEvaluation(db, 'bench', asOf));
      const phases: string[] = [];
      const [, evaluateMs] = await time(() =>
        evaluateAll(db, { asOf, marketplace: 'bench', onPhase: (name, ms) => phases.push(`${name} ${fmt(ms)}`) }),
      );
      pairs.push({ baselineMs, evaluateMs });
      console.log(`  ${engine} ${size.sellers} sellers: baseline ${fmt(baselineMs)}; evaluation ${phases.join(', ')}`);
    }
    // A prepared statement is planned afresh for its first five runs before PostgreSQL (and PGlite) settle on a
    // cached plan, as a server's would be within its first minute: six re-evaluations of other sellers first.
    for (let i = 1; i <= 6; i++) await reevaluateSellers(db, 'bench', [`s${size.sellers - i}`], asOf);
    const incremental: number[] = [];
    for (let i = 0; i < 21; i++) {
      const seller = `s${(i * 37) % size.sellers}`;
      // Stored without re-scoring: the re-evaluation that follows is what is timed.
      await new Ingest(db, noRescoring).events([
        {
          type: 'review',
          marketplace: 'bench',
          id: `bench-new-${i}`,
          seller,
          order: null,
          createdAt: new Date(asOf.getTime() - 3_600_000).toISOString(),
          rating: 1,
          text: 'Ніхто не відповідає',
          lang: 'uk',
          author: 'bench',
          verified: true,
        },
      ]);
      const [, ms] = await time(() => reevaluateSellers(db, 'bench', [seller], asOf));
      incremental.push(ms);
    }
    return {
      events,
      importMs,
      evaluateMs: median(pairs.map((p) => p.evaluateMs)),
      baselineMs: median(pairs.map((p) => p.baselineMs)),
      ratio: median(pairs.map((p) => p.evaluateMs / p.baselineMs)),
      incrementalMs: median(incremental),
    };
  } finally {
    await readers.close();
    await database.close();
    await stopPostgres?.();
  }
}

async function main(): Promise<void> {
  const sizes = [scaled(fullSize, factor), scaled(fullSize, factor / 10)];
  const files: { size: SyntheticSize; file: string; events: number }[] = [];
  for (const [i, size] of sizes.entries()) {
    const file = join(dir, `events-${i}.jsonl`);
    const events = await writeJsonl(file, syntheticEvents(size, asOf));
    files.push({ size, file, events });
    console.log(`generated ${events.toLocaleString('en')} events: ${JSON.stringify(size)}`);
  }
  for (const engine of engines) {
    const [large, small] = [
      await measure(engine, files[0]?.size ?? fullSize, files[0]?.file ?? '', files[0]?.events ?? 0),
      await measure(engine, files[1]?.size ?? fullSize, files[1]?.file ?? '', files[1]?.events ?? 0),
    ];
    console.log(`\n== ${engine}`);
    for (const [label, m] of [
      ['full', large],
      ['tenth', small],
    ] as const) {
      console.log(
        `${label.padEnd(6)} import ${fmt(m.importMs)} (${Math.round(m.events / (m.importMs / 1000)).toLocaleString('en')} events/s)` +
          ` | evaluation ${fmt(m.evaluateMs)} vs baseline SQL ${fmt(m.baselineMs)} → ratio ${m.ratio.toFixed(2)}× (medians of ${repeats})` +
          ` | incremental re-evaluation median ${fmt(m.incrementalMs)}`,
      );
    }
    console.log(
      `growth ×10 data: evaluation ×${(large.evaluateMs / small.evaluateMs).toFixed(1)}, baseline ×${(large.baselineMs / small.baselineMs).toFixed(1)}, import ×${(large.importMs / small.importMs).toFixed(1)}`,
    );
  }
}

try {
  await main();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
