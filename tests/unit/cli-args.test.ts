import { describe, expect, it } from 'vitest';
import { defineCommand, parseCommandArgs, parseDay, UsageError } from '../../server/cli/command.ts';
import { definitions, demoDataDefinition, evaluateDefinition, importDefinition } from '../../server/cli/definitions.ts';
import { commandHelp, overviewHelp } from '../../server/cli/help.ts';
import { counted } from '../../server/cli/plural.ts';

const usageError = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('no usage error');
};

describe('parsing a command from its definition', () => {
  it('gives typed values with their defaults, and the positional arguments by name', () => {
    expect(parseCommandArgs(importDefinition, ['examples/small.jsonl'])).toEqual({
      help: false,
      options: { strict: false, 'batch-size': 2000, ack: false },
      args: { file: 'examples/small.jsonl' },
    });
    expect(
      parseCommandArgs(evaluateDefinition, ['--as-of=2024-02-29', '--json', '--marketplace', 'demo', '--lang', 'fr']),
    ).toEqual({
      help: false,
      options: { 'as-of': new Date('2024-02-29T00:00:00Z'), json: true, marketplace: 'demo', lang: 'fr' },
      args: {},
    });
    // A negative number is a value, not a flag; the last of a repeated flag wins.
    expect(parseCommandArgs(demoDataDefinition, ['--seed', '-5', '--sellers', '3', '--sellers', '4'])).toMatchObject({
      options: { seed: -5, sellers: 4 },
    });
    expect(usageError(() => parseCommandArgs(importDefinition, ['--', '--odd-name.csv']))).toBe(
      '<file>: no such file: --odd-name.csv',
    );
  });

  it('answers help for --help or -h wherever it stands, even beside mistakes', () => {
    for (const argv of [['--help'], ['-h'], ['x.jsonl', '--nope', '-h'], ['--batch-size', 'x', '--help']]) {
      expect(parseCommandArgs(importDefinition, argv)).toEqual({ help: true });
    }
  });

  it.each([
    ['import', ['x.jsonl', '--nope'], 'unknown flag --nope'],
    ['import', ['x.jsonl', '-x'], 'unknown flag -x'],
    ['import', ['x.jsonl', '--constructor'], 'unknown flag --constructor'],
    ['import', [], 'missing <file>'],
    ['import', ['no-such.jsonl'], '<file>: no such file: no-such.jsonl'],
    ['import', ['examples'], '<file>: not a file: examples'],
    ['import', ['a.jsonl', 'b.jsonl'], 'unexpected argument "b.jsonl"'],
    ['import', ['x.jsonl', '--batch-size'], '--batch-size needs a value (LINES)'],
    ['import', ['x.jsonl', '--batch-size', '--strict'], '--batch-size needs a value (LINES)'],
    ['import', ['x.jsonl', '--batch-size', '12x'], '--batch-size: expected a whole number from 1 to 50000, got "12x"'],
    ['import', ['x.jsonl', '--batch-size', '1e3'], '--batch-size: expected a whole number from 1 to 50000, got "1e3"'],
    ['import', ['x.jsonl', '--batch-size=50001'], '--batch-size: expected a whole number from 1 to 50000, got "50001"'],
    ['import', ['x.jsonl', '--strict=yes'], '--strict takes no value, got "yes"'],
    ['evaluate', ['--as-of', '2024-02-30'], '--as-of: expected a real date as YYYY-MM-DD, got "2024-02-30"'],
    ['evaluate', ['--as-of', '2023-02-29'], '--as-of: expected a real date as YYYY-MM-DD, got "2023-02-29"'],
    ['evaluate', ['--as-of', '2024-2-3'], '--as-of: expected a real date as YYYY-MM-DD, got "2024-2-3"'],
    ['evaluate', ['--as-of', '2024-13-01'], '--as-of: expected a real date as YYYY-MM-DD, got "2024-13-01"'],
    ['evaluate', ['--as-of'], '--as-of needs a value (YYYY-MM-DD)'],
    ['evaluate', ['--marketplace', ''], '--marketplace needs a value (ID)'],
    ['evaluate', ['--lang', 'xx'], '--lang: expected one of en, uk, pl, fi, fr, de, it, es, zh, ms, got "xx"'],
    ['demo-data', ['--sellers', '0'], '--sellers: expected a whole number from 1 to 100000, got "0"'],
    ['demo-data', ['--seed', '1.5'], '--seed: expected a whole number, got "1.5"'],
    ['demo-data', ['--seed', '99999999999999999999'], '--seed: expected a whole number, got "99999999999999999999"'],
  ] as const)('%s %j is refused: %s', (name, argv, message) => {
    const definition = definitions.find((d) => d.name === name);
    if (!definition) throw new Error(`no command ${name}`);
    expect(usageError(() => parseCommandArgs(definition, argv))).toBe(message);
  });

  it('reads a day strictly: only a calendar day that round-trips', () => {
    expect(parseDay('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseDay('2025-12-31')?.toISOString()).toBe('2025-12-31T00:00:00.000Z');
    for (const text of [
      '2024-02-30',
      '2025-04-31',
      '2025-00-10',
      '2025-01-32',
      '2025-01-01T00:00:00Z',
      ' 2025-01-01',
      '20250101',
    ]) {
      expect(parseDay(text), text).toBeNull();
    }
  });
});

describe('help written from the definitions', () => {
  const flags = {
    import: ['--strict', '--batch-size LINES', '--ack'],
    'demo-data': ['--sellers N', '--seed S', '--as-of YYYY-MM-DD', '--out FILE'],
    evaluate: ['--as-of YYYY-MM-DD', '--marketplace ID', '--json', '--lang LOCALE'],
    classify: [],
  };

  it('names every command of the CLI', () => {
    expect(definitions.map((d) => d.name).sort()).toEqual(Object.keys(flags).sort());
  });

  it.each(definitions)("$name's help has its usage, summary, every option and -h", (definition) => {
    const help = commandHelp(definition);
    expect(help).toMatch(new RegExp(`^usage: npm run cli -- ${definition.name}`));
    expect(help).toContain('-h, --help');
    for (const flag of flags[definition.name]) expect(help).toContain(flag);
    for (const arg of definition.args) expect(help).toContain(`<${arg.name}>`);
    for (const line of help.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('lists every command with its summary and options in the overview', () => {
    const overview = overviewHelp(definitions);
    for (const definition of definitions) {
      expect(overview).toContain(`  ${definition.name}`);
      expect(overview).toContain(definition.summary);
      for (const flag of flags[definition.name]) expect(overview).toContain(flag);
    }
  });

  it('shows the range, the choices and the default of an option', () => {
    const spec = defineCommand({
      name: 'x',
      summary: 'try',
      args: [],
      options: { n: { kind: 'integer', placeholder: 'N', min: 2, max: 9, default: 3, description: 'how many' } },
    });
    expect(commandHelp(spec)).toMatch(/--n N +how many \(from 2 to 9; default 3\)/);
  });
});

describe('counts in messages', () => {
  it.each([
    [0, '0 events'],
    [1, '1 event'],
    [2, '2 events'],
    [21, '21 events'],
  ])('%i → %s', (count, text) => {
    expect(counted(count, 'event', 'events')).toBe(text);
  });
});
