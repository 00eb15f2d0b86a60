import { type CommandSpec, integerRange, type OptionSpec, valueName } from './command.ts';

/** Help texts, written from the commands' definitions (`definitions.ts`) only. */

export const PROGRAM = 'npm run cli --';
const EXIT_STATUS = 'exit status: 0 done, 1 bad input data (each bad line is reported), 2 usage error';
const WIDTH = 100;

/** Words of `text` in lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return line ? [...lines, line] : lines;
}

function usageLine(spec: CommandSpec): string {
  const args = spec.args.map((a) => ` <${a.name}>`).join('');
  const stdin = spec.stdin ? ` < ${spec.stdin}` : '';
  const options = Object.keys(spec.options).length ? ' [options]' : '';
  return `${spec.name}${args}${options}${stdin}`;
}

function describeOption(option: OptionSpec): string {
  const notes: string[] = [];
  if (option.kind === 'integer' && integerRange(option)) notes.push(integerRange(option));
  if (option.kind === 'choice') notes.push(`one of ${option.choices.join(', ')}`);
  if ('default' in option && option.default !== undefined) notes.push(`default ${option.default}`);
  return notes.length ? `${option.description} (${notes.join('; ')})` : option.description;
}

function optionRows(spec: CommandSpec): [string, string][] {
  const rows = Object.entries(spec.options).map(([name, option]): [string, string] => {
    const value = valueName(option);
    return [`--${name}${value ? ` ${value}` : ''}`, describeOption(option)];
  });
  return [...rows, ['-h, --help', 'show this help']];
}

/** Two columns, the right one wrapped within the line width. */
function table(rows: [string, string][], indent: string): string[] {
  const column = indent.length + Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.flatMap(([left, right]) =>
    wrap(right, Math.max(40, WIDTH - column)).map((part, i) =>
      i === 0 ? `${indent}${left}`.padEnd(column) + part : ' '.repeat(column) + part,
    ),
  );
}

/** `<command> --help`: usage, what it does, its arguments and every option. */
export function commandHelp(spec: CommandSpec): string {
  const about = `${spec.summary.charAt(0).toUpperCase()}${spec.summary.slice(1)}.${spec.details ? ` ${spec.details}` : ''}`;
  const lines = [`usage: ${PROGRAM} ${usageLine(spec)}`, '', ...wrap(about, WIDTH)];
  if (spec.args.length) {
    lines.push(
      '',
      'arguments:',
      ...table(
        spec.args.map((a) => [`<${a.name}>`, a.description]),
        '  ',
      ),
    );
  }
  lines.push('', 'options:', ...table(optionRows(spec), '  '), '', EXIT_STATUS);
  return `${lines.join('\n')}\n`;
}

/** `--help` (and, on stderr, no command at all): every command with its summary and its options. */
export function overviewHelp(specs: readonly CommandSpec[]): string {
  const lines = [`usage: ${PROGRAM} <command> [options]`, '', 'commands:'];
  for (const spec of specs) {
    lines.push(`  ${usageLine(spec)}`, `      ${spec.summary}`, ...table(optionRows(spec).slice(0, -1), '      '));
  }
  lines.push('', `${PROGRAM} <command> --help shows one command's help.`, EXIT_STATUS);
  return `${lines.join('\n')}\n`;
}

/** One line for a usage error, naming the flag and where the help is. */
export function usageErrorLine(message: string, spec?: CommandSpec): string {
  return spec
    ? `${spec.name}: ${message}; see ${PROGRAM} ${spec.name} --help\n`
    : `${message}; see ${PROGRAM} --help\n`;
}
