import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { openDatabase } from '../db/client.ts';
import { databaseConfig, readEnv } from '../env.ts';
import { importFile } from '../ingest/import-file.ts';
import { Ingest } from '../ingest/ingest.ts';
import { readersFor, startReaderPool } from '../ingest/reader-pool.ts';
import { CollectingRescorer } from '../services/rescore.ts';

const usage = 'usage: npm run cli -- import <file.jsonl|file.csv> [--strict] [--batch-size LINES] [--ack]';

/** `import`: stores every good line, reports each bad one as `line N: field.path: message`. */
export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      strict: { type: 'boolean', default: false },
      'batch-size': { type: 'string', default: '2000' },
      ack: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  const batchSize = Number(values['batch-size']);
  if (!file || positionals.length > 1) return fail(usage);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000) {
    return fail('--batch-size: expected a number of lines from 1 to 50000');
  }
  const config = databaseConfig(readEnv());
  // The reader threads start (and the classifier trains) while the database opens.
  const readers = startReaderPool(readersFor(!('databaseUrl' in config)));
  const database = await openDatabase(config).catch(async (error) => {
    await readers.close();
    throw error;
  });
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: 'importing [{bar}] {percentage}% | {stored} stored, {rejected} rejected',
        hideCursor: true,
      })
    : null;
  bar?.start(100, 0, { stored: 0, rejected: 0 });
  let rejected = 0;
  let stored = 0;
  try {
    // What the file touched is re-scored once, before the command exits, not left to the daily run.
    const rescorer = new CollectingRescorer(database.db);
    const summary = await importFile(new Ingest(database.db, rescorer), file, {
      strict: values.strict,
      batchSize,
      readers,
      onBadLine: (line, message) => {
        rejected += 1;
        bar?.update({ rejected });
        const text = `line ${line}: ${message}`;
        if (bar) bar.stop();
        console.error(text);
        if (bar) bar.start(100, 0, { stored, rejected });
      },
      onCommit: ({ events, throughLine }) => {
        stored = events;
        if (values.ack) console.log(`committed ${events} events through line ${throughLine}`);
      },
      onProgress: (read, total) => bar?.update(total ? Math.floor((read / total) * 100) : 100, { stored, rejected }),
    });
    bar?.stop();
    if (summary.aborted) {
      console.error(`--strict: ${summary.rejected} bad line(s); nothing was stored`);
      return 1;
    }
    console.log(`${summary.stored} events stored, ${summary.rejected} line(s) rejected, ${summary.lines} lines read`);
    const rescored = await rescorer.flush();
    console.log(`${rescored.sellers} seller(s) re-scored`);
    return summary.rejected > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await Promise.all([readers.close(), database.close()]);
  }
}

function fail(message: string): number {
  console.error(message);
  return 2;
}
