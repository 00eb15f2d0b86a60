import { classifyCommand } from './classify.ts';
import { demoDataCommand } from './demo-data.ts';
import { evaluateCommand } from './evaluate.ts';
import { importCommand } from './import.ts';

const commands: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  import: { run: importCommand, help: 'import <file.jsonl|file.csv> [--strict]   store events from a file' },
  classify: {
    run: classifyCommand,
    help: 'classify < reviews.jsonl   language, sentiment, reasons and component per line ({"id","text","lang"})',
  },
  evaluate: {
    run: evaluateCommand,
    help: "evaluate [--as-of YYYY-MM-DD] [--marketplace M] [--json]   score every seller and store the day's snapshot",
  },
  'demo-data': {
    run: demoDataCommand,
    help: 'demo-data [--sellers N] [--seed S] [--as-of YYYY-MM-DD] [--out file.jsonl]   write demo events',
  },
};

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error(`${name ? `unknown command: ${name}\n` : ''}usage: npm run cli -- <command>\n`);
  for (const [, c] of Object.entries(commands)) console.error(`  ${c.help}`);
  process.exit(2);
}
try {
  process.exitCode = await command.run(args);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
