import { type CommandSpec, type ParsedArgs, parseCommandArgs, UsageError } from './command.ts';
import { classifyDefinition, demoDataDefinition, evaluateDefinition, importDefinition } from './definitions.ts';
import { draftReplyDefinition } from './draft-reply-definition.ts';
import { commandHelp, overviewHelp, usageErrorLine } from './help.ts';

/** A command's definition and its module, loaded only once its arguments are parsed and checked. */
interface Command {
  definition: CommandSpec;
  run: (argv: readonly string[]) => Promise<number>;
}

function command<C extends CommandSpec>(
  definition: C,
  load: () => Promise<(parsed: ParsedArgs<C>) => Promise<number>>,
): Command {
  return {
    definition,
    run: async (argv) => {
      const parsed = parseCommandArgs(definition, argv);
      if (parsed.help) {
        process.stdout.write(commandHelp(definition));
        return 0;
      }
      return (await load())(parsed);
    },
  };
}

const commands: Command[] = [
  command(importDefinition, async () => (await import('./import.ts')).importCommand),
  command(demoDataDefinition, async () => (await import('./demo-data.ts')).demoDataCommand),
  command(evaluateDefinition, async () => (await import('./evaluate.ts')).evaluateCommand),
  command(classifyDefinition, async () => (await import('./classify.ts')).classifyCommand),
  command(draftReplyDefinition, async () => (await import('./draft-reply.ts')).draftReplyCommand),
];
const specs = commands.map((c) => c.definition);

/** Exit status: 0 done, 1 bad data or a failure while running, 2 usage error (help asked for: 0). */
async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(overviewHelp(specs));
    return 2;
  }
  if (name === '--help' || name === '-h') {
    process.stdout.write(overviewHelp(specs));
    return 0;
  }
  const found = commands.find((c) => c.definition.name === name);
  if (!found) {
    const names = specs.map((s) => s.name).join(', ');
    process.stderr.write(usageErrorLine(`unknown command "${name}"; the commands are ${names}`));
    return 2;
  }
  try {
    return await found.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(usageErrorLine(error.message, found.definition));
      return 2;
    }
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
