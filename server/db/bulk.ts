import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';
import { queryRowsPrepared } from './query.ts';
import { castType } from './schema/key.ts';

export type Rows = Record<string, unknown>[];

/**
 * One INSERT … SELECT FROM unnest($1::text[], $2::timestamptz[], …) … ON CONFLICT per table and batch: one
 * bind parameter per column, whatever the batch size, so one prepared statement serves every batch of the same
 * columns. PostgreSQL reads typed arrays about three times faster than it reads the same rows out of one JSON
 * document (json_to_recordset). For the modest upserts of snapshots and cases; an import COPYs (`copy.ts`).
 * Array and JSON columns travel as text and are cast per row, since unnest would flatten nested arrays.
 */
export async function upsertRows(db: Db, table: PgTable, rows: Rows, keep: readonly string[]): Promise<void> {
  const encoded = encodeRows(table, rows);
  if (encoded) await queryRowsPrepared(db, upsertEncoded(table, encoded, keep));
}

/** Rows as one PostgreSQL array literal per column (the columns the first row has), keyed by property name. */
export interface EncodedRows {
  columns: string[];
  literals: string[];
}

export function encodeRows(table: PgTable, rows: Rows): EncodedRows | null {
  const first = rows[0];
  if (!first) return null;
  const columns = Object.entries(getTableColumns(table)).filter(([prop]) => prop in first);
  return {
    columns: columns.map(([prop]) => prop),
    literals: columns.map(([prop, column]) => {
      const kind = cellKind(column);
      return arrayLiteral(rows.map((row) => toCell(row[prop], kind)));
    }),
  };
}

/** INSERT … SELECT FROM unnest(…) ON CONFLICT of encoded rows; `keep` names columns an update leaves alone. */
function upsertEncoded(table: PgTable, encoded: EncodedRows, keep: readonly string[]): SQL {
  const { insert } = insertParts(table, encoded);
  return sql`${insert} ${onConflict(table, encoded.columns, keep)}`;
}

/** INSERT … SELECT of these columns from a table shaped like `table` (a staging table), ON CONFLICT as above. */
export function upsertFrom(table: PgTable, props: readonly string[], source: string, keep: readonly string[]): SQL {
  const names = columnList(table, props);
  return sql`INSERT INTO ${table} (${sql.raw(names)}) SELECT ${sql.raw(names)} FROM ${sql.identifier(source)}
    ${onConflict(table, props, keep)}`;
}

/** ON CONFLICT (primary key) DO UPDATE SET every other written column but `keep`; DO NOTHING if none is left. */
function onConflict(table: PgTable, props: readonly string[], keep: readonly string[]): SQL {
  const config = getTableConfig(table);
  const tableColumns = getTableColumns(table);
  const keyColumns = config.columns.filter((c) => c.primary);
  for (const pk of config.primaryKeys) keyColumns.push(...pk.columns);
  const conflict = keyColumns.map((c) => `"${c.name}"`).join(', ');
  const updates = props
    .filter((prop) => !keep.includes(prop))
    .map((prop) => tableColumns[prop])
    .filter((column): column is PgColumn => column !== undefined && !keyColumns.includes(column))
    .map((column) => `"${column.name}" = excluded."${column.name}"`);
  const action = updates.length ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
  return sql.raw(`ON CONFLICT (${conflict}) ${action}`);
}

/** The quoted column names of these properties, comma-separated, for a column list. */
export function columnList(table: PgTable, props: readonly string[]): string {
  const tableColumns = getTableColumns(table);
  return props.map((prop) => `"${tableColumns[prop]?.name ?? prop}"`).join(', ');
}

function insertParts(table: PgTable, encoded: EncodedRows) {
  const tableName = getTableConfig(table).name;
  const tableColumns = getTableColumns(table);
  const columns = encoded.columns.map((prop) => {
    const column = tableColumns[prop];
    if (!column) throw new Error(`${tableName} has no column ${prop}`);
    return { prop, column, kind: cellKind(column) };
  });
  const names = sql.raw(columns.map(({ column }) => `"${column.name}"`).join(', '));
  const arrays = sql.join(
    columns.map(
      ({ column, kind }, i) =>
        sql`${encoded.literals[i]}::${sql.raw(kind === 'plain' ? castType(column.getSQLType()) : 'text')}[]`,
    ),
    sql`, `,
  );
  const selected = sql.raw(
    columns
      .map(({ column, kind }) =>
        kind === 'plain' ? `x."${column.name}"` : `x."${column.name}"::${castType(column.getSQLType())}`,
      )
      .join(', '),
  );
  return {
    columns,
    insert: sql`INSERT INTO ${table} (${names}) SELECT ${selected} FROM unnest(${arrays}) AS x(${names})`,
  };
}

type CellKind = 'plain' | 'array' | 'json';

function cellKind(column: PgColumn): CellKind {
  const type = column.getSQLType();
  if (type.endsWith('[]')) return 'array';
  if (type === 'json' || type === 'jsonb') return 'json';
  return 'plain';
}

function toCell(value: unknown, kind: CellKind): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'json') return JSON.stringify(value);
  if (kind === 'array') return arrayLiteral(value as unknown[]);
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** A one-dimensional PostgreSQL array literal, every element quoted: `{"a","b \\"c\\"",NULL}`. */
export function arrayLiteral(values: readonly unknown[]): string {
  // Most columns hold no quote or backslash at all: one scan of the column instead of a test per value.
  if (values.length === 0) return '{}';
  if (!values.includes(null) && !values.includes(undefined) && !needsEscape.test(values.join(''))) {
    return `{"${values.join('","')}"}`;
  }
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) literal += ',';
    if (v === null || v === undefined) {
      literal += 'NULL';
      continue;
    }
    const text = String(v);
    literal += needsEscape.test(text) ? `"${text.replace(escaped, '\\$&')}"` : `"${text}"`;
  }
  return `${literal}}`;
}
const needsEscape = /["\\]/;
const escaped = /["\\]/g;
