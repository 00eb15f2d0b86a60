import { uiLocales } from '../../shared/roles.ts';
import { defineCommand } from './command.ts';

/**
 * Every command of `npm run cli --`, as data: `index.ts` parses, checks and documents the arguments from
 * these before it loads a command's module, so `--help` and usage errors answer at once.
 */

export const importDefinition = defineCommand({
  name: 'import',
  summary: 'store the events of a JSON Lines or CSV file',
  details:
    'Every good line is stored, each bad one reported as "line N: field.path: message", and the sellers the file touched are re-scored before it exits; importing a file again changes nothing.',
  args: [
    {
      name: 'file',
      description: 'a .jsonl file, or a .csv file named after its event type (orders.csv) or with a type column',
      file: true,
    },
  ],
  options: {
    strict: { kind: 'boolean', description: 'store nothing when any line is bad' },
    'batch-size': {
      kind: 'integer',
      placeholder: 'LINES',
      min: 1,
      max: 50_000,
      default: 2_000,
      description: 'lines per committed batch',
    },
    ack: {
      kind: 'boolean',
      description: 'print each commit on stdout: "committed N events through line L"',
    },
  },
});

export const demoDataDefinition = defineCommand({
  name: 'demo-data',
  summary: 'write a deterministic year of demo marketplace events as JSON Lines',
  details:
    'The first sellers are the six scenario sellers (s-steady, s-worsened, s-low, s-trial, s-small, s-cluster), the rest their peers; a scenario is judged against its peers, so it plays out as intended only with enough of them (the demo server loads 50).',
  args: [],
  options: {
    sellers: {
      kind: 'integer',
      placeholder: 'N',
      min: 1,
      max: 100_000,
      default: 50,
      description: 'sellers in all',
    },
    seed: {
      kind: 'integer',
      placeholder: 'S',
      min: Number.MIN_SAFE_INTEGER,
      max: Number.MAX_SAFE_INTEGER,
      default: 1,
      description: 'the same seed writes the same events',
    },
    'as-of': { kind: 'date', description: 'the last day of the data (default today, UTC)' },
    out: {
      kind: 'string',
      placeholder: 'FILE',
      description: 'write to this file, with a progress bar, instead of stdout',
    },
  },
});

export const evaluateDefinition = defineCommand({
  name: 'evaluate',
  summary: "score every seller against its peers and store the day's snapshot",
  details: 'Prints a table, worst first, or one JSON line per seller.',
  args: [],
  options: {
    'as-of': { kind: 'date', description: 'the day evaluated, to its end (default today, UTC)' },
    marketplace: { kind: 'string', placeholder: 'ID', description: "only this marketplace's sellers" },
    json: { kind: 'boolean', description: 'one JSON line per seller on stdout instead of the table' },
    lang: {
      kind: 'choice',
      placeholder: 'LOCALE',
      choices: uiLocales,
      default: 'en',
      description: 'the language of the path-to-green steps in --json',
    },
  },
});

export const classifyDefinition = defineCommand({
  name: 'classify',
  summary: 'classify reviews: language, sentiment, reasons, component and confidence per line',
  details:
    'Reads JSON Lines ({"id","text","lang","rating"}) on stdin and writes one line per line in the same order, streaming; a bad line gets an error object in its place.',
  args: [],
  stdin: 'reviews.jsonl',
  options: {},
});

export const definitions = [importDefinition, demoDataDefinition, evaluateDefinition, classifyDefinition] as const;
