import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * A CLI command as data: its name, a one-line summary, its positional arguments and its flags with their
 * kinds. The parser, the help texts and the usage errors are all derived from it, so they cannot drift apart.
 */
export type OptionSpec =
  | { kind: 'boolean'; description: string }
  | { kind: 'string'; placeholder: string; description: string; default?: string }
  | { kind: 'choice'; placeholder: string; choices: readonly string[]; description: string; default?: string }
  | { kind: 'integer'; placeholder: string; min: number; max: number; description: string; default?: number }
  /** A real calendar day as YYYY-MM-DD, given as its UTC midnight; the command picks one when it is absent. */
  | { kind: 'date'; description: string };

export interface ArgSpec {
  name: string;
  description: string;
  /** The argument names a file that must exist (checked before the command loads: a mistyped path is a usage error). */
  file?: true;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** More sentences for the command's own help. */
  details?: string;
  /** Required positional arguments, in order. */
  args: readonly ArgSpec[];
  /** What the command reads on stdin, for the usage line (`< reviews.jsonl`). */
  stdin?: string;
  options: Readonly<Record<string, OptionSpec>>;
}

export function defineCommand<const C extends CommandSpec>(spec: C): C {
  return spec;
}

type OptionValue<O extends OptionSpec> = O extends { kind: 'boolean' }
  ? boolean
  : O extends { kind: 'date' }
    ? Date | undefined
    : O extends { kind: 'integer' }
      ? O extends { default: number }
        ? number
        : number | undefined
      : O extends { default: string }
        ? string
        : string | undefined;

export interface ParsedArgs<C extends CommandSpec> {
  options: { -readonly [K in keyof C['options']]: OptionValue<C['options'][K]> };
  args: { [K in C['args'][number]['name']]: string };
}

/** A mistake in how the command was called: exit status 2, with one line that names the flag or argument. */
export class UsageError extends Error {}

const HELP = 'help';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a flag's value looks like, as help and errors show it (`YYYY-MM-DD`, `LINES`); empty for a switch. */
export function valueName(option: OptionSpec): string {
  switch (option.kind) {
    case 'boolean':
      return '';
    case 'date':
      return 'YYYY-MM-DD';
    default:
      return option.placeholder;
  }
}

/**
 * Parses a command's arguments strictly: unknown flags, a flag without its value, a value given to a switch,
 * a malformed number, date or choice, and missing or extra arguments are all usage errors naming the flag.
 * `--help` or `-h` anywhere before `--` wins over every other mistake.
 */
export function parseCommandArgs<C extends CommandSpec>(
  spec: C,
  argv: readonly string[],
): { help: true } | ({ help: false } & ParsedArgs<C>) {
  const known: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    [HELP]: { type: 'boolean', short: 'h' },
  };
  for (const [name, option] of Object.entries(spec.options)) {
    known[name] = { type: option.kind === 'boolean' ? 'boolean' : 'string' };
  }
  // Non-strict tokens, checked here, so that each error can name its flag in words of our own.
  const { tokens } = parseArgs({
    args: [...argv],
    options: known,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (tokens.some((t) => t.kind === 'option' && t.name === HELP)) return { help: true };

  const raw = new Map<string, string | true>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
    if (!option) throw new UsageError(`unknown flag ${token.rawName}`);
    if (option.kind === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`--${token.name} takes no value, got "${token.value}"`);
      raw.set(token.name, true);
      continue;
    }
    // `--as-of --json`: the next flag is not a value (a negative number is).
    const value = token.value;
    const swallowedFlag = value !== undefined && !token.inlineValue && value.startsWith('-') && !/^-\d/.test(value);
    if (value === undefined || swallowedFlag || value.trim() === '') {
      throw new UsageError(`--${token.name} needs a value (${valueName(option)})`);
    }
    raw.set(token.name, value);
  }

  const options: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(spec.options)) {
    options[name] = optionValue(name, option, raw.get(name));
  }
  const missing = spec.args[positionals.length];
  if (missing) throw new UsageError(`missing <${missing.name}>`);
  const extra = positionals[spec.args.length];
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const args: Record<string, string> = {};
  for (const [i, arg] of spec.args.entries()) {
    const value = positionals[i] ?? '';
    if (arg.file) {
      const found = statSync(value, { throwIfNoEntry: false });
      if (!found?.isFile()) throw new UsageError(`<${arg.name}>: ${found ? 'not a file' : 'no such file'}: ${value}`);
    }
    args[arg.name] = value;
  }
  return { help: false, options, args } as { help: false } & ParsedArgs<C>;
}

function optionValue(name: string, option: OptionSpec, value: string | true | undefined): unknown {
  if (option.kind === 'boolean') return value === true;
  if (value === undefined || value === true) return option.kind === 'date' ? undefined : option.default;
  const flag = `--${name}`;
  switch (option.kind) {
    case 'integer': {
      const n = Number(value);
      if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(n) || n < option.min || n > option.max) {
        const range = integerRange(option);
        throw new UsageError(`${flag}: expected a whole number${range ? ` ${range}` : ''}, got "${value}"`);
      }
      return n;
    }
    case 'date': {
      const day = parseDay(value);
      if (!day) throw new UsageError(`${flag}: expected a real date as YYYY-MM-DD, got "${value}"`);
      return day;
    }
    case 'choice':
      if (!option.choices.includes(value)) {
        throw new UsageError(`${flag}: expected one of ${option.choices.join(', ')}, got "${value}"`);
      }
      return value;
    default:
      return value;
  }
}

/** `from 1 to 50000`, or nothing when any safe integer will do. */
export function integerRange(option: { min: number; max: number }): string {
  if (option.min <= Number.MIN_SAFE_INTEGER && option.max >= Number.MAX_SAFE_INTEGER) return '';
  return `from ${option.min} to ${option.max}`;
}

/** A YYYY-MM-DD day as its UTC midnight, or null unless the text names a real day (2024-02-30 does not). */
export function parseDay(text: string): Date | null {
  if (!DATE.test(text)) return null;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text ? day : null;
}

/** The day of a UTC midnight as YYYY-MM-DD. */
export function formatDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** The UTC midnight that starts the day of `now`. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
