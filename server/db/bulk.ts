import { getTableColumns, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

export type Rows = Record<string, unknown>[];

/**
 * One INSERT … SELECT FROM json_to_recordset($1) … ON CONFLICT per table and batch: the whole batch travels
 * as a single JSON parameter (no per-cell bind parameters, no array-literal escaping), which is what makes
 * bulk writes fast on both engines.
 */
export async function upsertRows(db: Db, table: PgTable, rows: Rows, keep: readonly string[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const config = getTableConfig(table);
  const keyColumns = config.columns.filter((c) => c.primary);
  for (const pk of config.primaryKeys) keyColumns.push(...pk.columns);
  const columns = Object.entries(getTableColumns(table)).filter(([prop]) => prop in first);
  const payload = JSON.stringify(
    rows.map((row) => Object.fromEntries(columns.map(([prop, column]) => [column.name, row[prop] ?? null]))),
  );
  const names = sql.raw(columns.map(([, c]) => `"${c.name}"`).join(', '));
  const shape = sql.raw(columns.map(([, c]) => `"${c.name}" ${c.getSQLType()}`).join(', '));
  const conflict = sql.raw(keyColumns.map((c) => `"${c.name}"`).join(', '));
  const updates = columns
    .filter(([prop, column]) => !keyColumns.includes(column) && !keep.includes(prop))
    .map(([, c]) => `"${c.name}" = excluded."${c.name}"`);
  const action = updates.length ? sql.raw(`DO UPDATE SET ${updates.join(', ')}`) : sql.raw('DO NOTHING');
  await db.execute(
    sql`INSERT INTO ${table} (${names}) SELECT ${names} FROM json_to_recordset(${payload}::json) AS x(${shape}) ON CONFLICT (${conflict}) ${action}`,
  );
}
