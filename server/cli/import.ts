import { SingleBar } from 'cli-progress';
import { openDatabase } from '../db/client.ts';
import { databaseConfig, readEnv } from '../env.ts';
import { importFile } from '../ingest/import-file.ts';
import { Ingest } from '../ingest/ingest.ts';
import { readersFor, startReaderPool } from '../ingest/reader-pool.ts';
import { CollectingRescorer } from '../services/rescore.ts';
import type { ParsedArgs } from './command.ts';
import type { importDefinition } from './definitions.ts';
import { counted } from './plural.ts';

/** `import`: stores every good line, reports each bad one as `line N: field.path: message`. */
export async function importCommand({ args, options }: ParsedArgs<typeof importDefinition>): Promise<number> {
  const { file } = args;
  const batchSize = options['batch-size'];
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
      strict: options.strict,
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
        if (options.ack) console.log(`committed ${counted(events, 'event', 'events')} through line ${throughLine}`);
      },
      onProgress: (read, total) => bar?.update(total ? Math.floor((read / total) * 100) : 100, { stored, rejected }),
    });
    bar?.stop();
    if (summary.aborted) {
      console.error(`--strict: ${counted(summary.rejected, 'bad line', 'bad lines')}; nothing was stored`);
      return 1;
    }
    console.log(
      [
        `${counted(summary.stored, 'event', 'events')} stored`,
        `${counted(summary.rejected, 'line', 'lines')} rejected`,
        `${counted(summary.lines, 'line', 'lines')} read`,
      ].join(', '),
    );
    const rescored = await rescorer.flush();
    console.log(`${counted(rescored.sellers, 'seller', 'sellers')} re-scored`);
    return summary.rejected > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await Promise.all([readers.close(), database.close()]);
  }
}
