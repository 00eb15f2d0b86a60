import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseCsv } from 'csv-parse';
import type { z } from 'zod';
import { type EventType, eventTypes, type ImportEvent, importEvent } from '../../shared/events.ts';
import { isImportEvent } from './compiled-events.ts';

export type ReadLine =
  | { line: number; event: ImportEvent; error?: undefined }
  | { line: number; event?: undefined; error: string };

export interface ReadProgress {
  bytesRead: number;
  /** Lines read so far, wanted or not: at the end, the file's line count. */
  lines: number;
}

/** Which lines to decode and validate; the others are only counted (the importer's readers share a file). */
export type WantedLine = (line: number) => boolean;
const everyLine: WantedLine = () => true;

/** Formats zod issues as `field.path: message`, one per issue, so the user can find the field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(event)'}: ${issue.message}`)
    .join('; ');
}

export function parseEventObject(line: number, value: unknown): ReadLine {
  if (isImportEvent(value)) return { line, event: value };
  const parsed = importEvent.safeParse(value);
  if (parsed.success) return { line, event: parsed.data };
  return { line, error: describeIssues(parsed.error) };
}

/** Streams a JSON Lines or CSV file as validated events with their line numbers (1-based). */
export async function* readEvents(path: string, progress?: ReadProgress): AsyncGenerator<ReadLine> {
  for await (const batch of readEventBatches(path, progress)) yield* batch;
}

/**
 * The same, a chunk of the file at a time: one await per 256 KB instead of one per line, which is what
 * keeps validation ahead of the database on large imports.
 */
export function readEventBatches(
  path: string,
  progress?: ReadProgress,
  wanted: WantedLine = everyLine,
): AsyncGenerator<ReadLine[]> {
  return path.toLowerCase().endsWith('.csv') ? readCsv(path, progress, wanted) : readJsonLines(path, progress, wanted);
}

async function* readJsonLines(path: string, progress: ReadProgress | undefined, wanted: WantedLine) {
  // Bytes are split at '\n' (which never occurs inside a UTF-8 sequence) and each line is decoded on its own:
  // an all-ASCII line then stays a one-byte string, which decodes and parses about three times faster than
  // lines cut out of a 256 KB chunk that a single accented review turned into a two-byte string.
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  let carry: Buffer | null = null;
  let line = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (progress) progress.bytesRead = stream.bytesRead;
    const batch: ReadLine[] = [];
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end >= 0; end = chunk.indexOf(NEWLINE, start)) {
      line += 1;
      if (wanted(line)) {
        const bytes: Buffer = carry ? Buffer.concat([carry, chunk.subarray(start, end)]) : chunk.subarray(start, end);
        const read = parseJsonLine(line, bytes);
        if (read) batch.push(read);
      }
      carry = null;
      start = end + 1;
    }
    if (progress) progress.lines = line;
    if (start < chunk.length) carry = carry ? Buffer.concat([carry, chunk.subarray(start)]) : chunk.subarray(start);
    yield batch;
  }
  if (!carry) return;
  if (progress) progress.lines = line + 1;
  const last = wanted(line + 1) ? parseJsonLine(line + 1, carry) : null;
  if (last) yield [last];
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BYTE_ORDER_MARK = '\ufeff';

function parseJsonLine(line: number, bytes: Buffer): ReadLine | null {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
  let text = bytes.toString('utf8', 0, end);
  if (line === 1 && text.startsWith(BYTE_ORDER_MARK)) text = text.slice(1);
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, error: `invalid JSON: ${(error as Error).message}` };
  }
  return parseEventObject(line, value);
}

/** The event type of a CSV file: a `type` column, or the file name (`orders.csv`, `review_update.csv`). */
export function csvTypeFromName(path: string): EventType | null {
  const name = basename(path)
    .toLowerCase()
    .replace(/\.csv$/, '');
  const sorted = [...eventTypes].sort((a, b) => b.length - a.length);
  return sorted.find((type) => name === type || name === `${type}s` || name.startsWith(`${type}s.`)) ?? null;
}

async function* readCsv(path: string, progress: ReadProgress | undefined, wanted: WantedLine) {
  const stream = createReadStream(path);
  // `bom`: a spreadsheet's "CSV UTF-8" starts with a byte-order mark, which would otherwise open the first column's name.
  const parser = stream.pipe(
    parseCsv({ bom: true, columns: true, info: true, skip_empty_lines: true, relax_column_count: true }),
  );
  const typeFromName = csvTypeFromName(path);
  let batch: ReadLine[] = [];
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    if (progress) {
      progress.bytesRead = stream.bytesRead;
      progress.lines = info.lines;
    }
    if (wanted(info.lines)) batch.push(readCsvRecord(info.lines, record, typeFromName));
    if (batch.length >= 1_000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function readCsvRecord(line: number, record: Record<string, string>, typeFromName: EventType | null): ReadLine {
  const type = record.type || typeFromName;
  if (!type) return { line, error: 'type: no `type` column and the file name names no event type' };
  const converted = csvRecordToObject(type, record);
  if ('error' in converted) return { line, error: converted.error };
  return parseEventObject(line, converted.value);
}

/**
 * CSV cells are strings: turn them into the JSON shapes the event schema expects. An empty cell is null, and so is
 * the word `null` where the column could not hold it as text.
 */
export function csvRecordToObject(
  type: string,
  record: Record<string, string>,
): { value: Record<string, unknown> } | { error: string } {
  const option = importEvent.options.find((o) => o.shape.type.value === type);
  if (!option) return { error: `type: unknown event type "${type}"` };
  const shape = option.shape as Record<string, z.ZodType>;
  const value: Record<string, unknown> = { type };
  for (const [key, cell] of Object.entries(record)) {
    if (key === 'type') continue;
    const kind = baseKind(shape[key]);
    if (cell === '' || (cell === 'null' && nullWordIsNull(type, key, shape[key]))) {
      value[key] = null;
    } else if (kind === 'array' || kind === 'object') {
      try {
        value[key] = JSON.parse(cell);
      } catch {
        return { error: `${key}: expected a JSON ${kind}` };
      }
    } else if (kind === 'boolean') {
      value[key] = cell === 'true' ? true : cell === 'false' ? false : cell;
    } else if (kind === 'number') {
      value[key] = Number.isNaN(Number(cell)) ? cell : Number(cell);
    } else {
      value[key] = cell;
    }
  }
  return { value };
}

/**
 * Whether the word `null` in a column can only mean null: the column takes null but not the text "null" (a time,
 * a number, a code), so files that wrote it so read as before. In a column that takes text it is text: a review
 * may say just "null". Decided once per column from the schema.
 */
const nullWord = new Map<string, boolean>();
function nullWordIsNull(type: string, key: string, schema: z.ZodType | undefined): boolean {
  const column = `${type}.${key}`;
  let isNull = nullWord.get(column);
  if (isNull === undefined) {
    isNull = schema ? schema.safeParse(null).success && !schema.safeParse('null').success : false;
    nullWord.set(column, isNull);
  }
  return isNull;
}

function baseKind(schema: z.ZodType | undefined): string | undefined {
  let def = schema?._zod.def as { type: string; innerType?: z.ZodType } | undefined;
  while (def && (def.type === 'nullable' || def.type === 'optional') && def.innerType) {
    def = def.innerType._zod.def as typeof def;
  }
  return def?.type;
}
