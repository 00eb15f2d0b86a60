import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import type { z } from 'zod';
import { type EventType, eventTypes, type ImportEvent, importEvent } from '../../shared/events.ts';

export type ReadLine =
  | { line: number; event: ImportEvent; error?: undefined }
  | { line: number; event?: undefined; error: string };

export interface ReadProgress {
  bytesRead: number;
}

/** Formats zod issues as `field.path: message`, one per issue, so the user can find the field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(event)'}: ${issue.message}`)
    .join('; ');
}

export function parseEventObject(line: number, value: unknown): ReadLine {
  const parsed = importEvent.safeParse(value);
  if (parsed.success) return { line, event: parsed.data };
  return { line, error: describeIssues(parsed.error) };
}

/** Streams a JSON Lines or CSV file as validated events with their line numbers (1-based). */
export function readEvents(path: string, progress?: ReadProgress): AsyncGenerator<ReadLine> {
  return path.toLowerCase().endsWith('.csv') ? readCsv(path, progress) : readJsonLines(path, progress);
}

async function* readJsonLines(path: string, progress?: ReadProgress): AsyncGenerator<ReadLine> {
  const stream = createReadStream(path);
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (progress) progress.bytesRead = stream.bytesRead;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { line, error: `invalid JSON: ${(error as Error).message}` };
      continue;
    }
    yield parseEventObject(line, value);
  }
}

/** The event type of a CSV file: a `type` column, or the file name (`orders.csv`, `review_update.csv`). */
export function csvTypeFromName(path: string): EventType | null {
  const name = basename(path)
    .toLowerCase()
    .replace(/\.csv$/, '');
  const sorted = [...eventTypes].sort((a, b) => b.length - a.length);
  return sorted.find((type) => name === type || name === `${type}s` || name.startsWith(`${type}s.`)) ?? null;
}

async function* readCsv(path: string, progress?: ReadProgress): AsyncGenerator<ReadLine> {
  const stream = createReadStream(path);
  const parser = stream.pipe(parseCsv({ columns: true, info: true, skip_empty_lines: true, relax_column_count: true }));
  const typeFromName = csvTypeFromName(path);
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    if (progress) progress.bytesRead = stream.bytesRead;
    const line = info.lines;
    const type = record.type || typeFromName;
    if (!type) {
      yield { line, error: 'type: no `type` column and the file name names no event type' };
      continue;
    }
    const converted = csvRecordToObject(type, record);
    if ('error' in converted) yield { line, error: converted.error };
    else yield parseEventObject(line, converted.value);
  }
}

/** CSV cells are strings: turn them into the JSON shapes the event schema expects. */
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
    if (cell === '' || cell === 'null') {
      value[key] = null;
    } else if (kind === 'array') {
      try {
        value[key] = JSON.parse(cell);
      } catch {
        return { error: `${key}: expected a JSON array` };
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

function baseKind(schema: z.ZodType | undefined): string | undefined {
  let def = schema?._zod.def as { type: string; innerType?: z.ZodType } | undefined;
  while (def && (def.type === 'nullable' || def.type === 'optional') && def.innerType) {
    def = def.innerType._zod.def as typeof def;
  }
  return def?.type;
}
