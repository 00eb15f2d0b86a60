import { getTableColumns, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

export type Rows = Record<string, unknown>[];

/**
 * One INSERT … SELECT FROM unnest(column arrays) … ON CONFLICT per table and batch: a handful of bind
 * parameters instead of one per cell, which is what makes bulk import fast on both engines.
 */
export async function upsertRows(db: Db, table: PgTable, rows: Rows, keep: readonly string[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const config = getTableConfig(table);
  const keyColumns = config.columns.filter((c) => c.primary);
  for (const pk of config.primaryKeys) keyColumns.push(...pk.columns);
  const columns = Object.entries(getTableColumns(table)).filter(([prop]) => prop in first);
  // Array columns travel as their PostgreSQL text literal ('{a,b}') and are cast per row: unnest would
  // flatten an array of arrays.
  const arrays = columns.map(([prop, column]) => {
    const type = column.getSQLType();
    const values = rows.map((row) => cell(row[prop] ?? null, type));
    return sql`${sql.param(values)}::${sql.raw(type.endsWith('[]') ? 'text' : type)}[]`;
  });
  const selected = sql.raw(
    columns
      .map(([, column], i) => (column.getSQLType().endsWith('[]') ? `c${i}::${column.getSQLType()}` : `c${i}`))
      .join(', '),
  );
  const aliases = sql.raw(columns.map((_, i) => `c${i}`).join(', '));
  const names = sql.raw(columns.map(([, c]) => `"${c.name}"`).join(', '));
  const conflict = sql.raw(keyColumns.map((c) => `"${c.name}"`).join(', '));
  const updates = columns
    .filter(([prop, column]) => !keyColumns.includes(column) && !keep.includes(prop))
    .map(([, c]) => `"${c.name}" = excluded."${c.name}"`);
  const action = updates.length ? sql.raw(`DO UPDATE SET ${updates.join(', ')}`) : sql.raw('DO NOTHING');
  await db.execute(
    sql`INSERT INTO ${table} (${names}) SELECT ${selected} FROM unnest(${sql.join(arrays, sql`, `)}) AS u(${aliases}) ON CONFLICT (${conflict}) ${action}`,
  );
}

function cell(value: unknown, type: string): unknown {
  if (value === null) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type.endsWith('[]') && Array.isArray(value)) return `{${value.map((v) => JSON.stringify(String(v))).join(',')}}`;
  return value;
}
