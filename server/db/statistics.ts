import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { queryRows, runsSideBySide } from './query.ts';

/** Connections that analyze side by side on PostgreSQL (the machines we run on have two cores). */
const ANALYZERS = 2;

/**
 * Refreshes the planner's statistics. PGlite has no autovacuum, so without this a freshly imported database
 * is planned as if empty: the full evaluation of 1M orders ran twice as long. On PostgreSQL it only gets
 * ahead of autovacuum, and the tables are analyzed in two groups of about equal size side by side: ANALYZE
 * takes one core, and after a full bench import it took 1.4-1.5 s for some 0.2-0.35 s per large table.
 */
export async function refreshStatistics(db: Db): Promise<void> {
  if (!runsSideBySide(db)) {
    await db.execute(sql`ANALYZE`);
    return;
  }
  const tables = await queryRows<{ name: string; pages: number }>(
    db,
    sql`SELECT c.relname AS name, c.relpages AS pages FROM pg_class c
      WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relpages DESC, c.relname`,
  );
  await Promise.all(
    balancedGroups(tables, ANALYZERS).map((group) =>
      db.execute(
        sql`ANALYZE ${sql.join(
          group.map((t) => sql.identifier(t.name)),
          sql`, `,
        )}`,
      ),
    ),
  );
}

/** Largest first, each table to the group with the fewest pages so far; empty groups left out. */
function balancedGroups<T extends { pages: number }>(tables: readonly T[], count: number): T[][] {
  const groups = Array.from({ length: count }, () => ({ pages: 0, tables: [] as T[] }));
  for (const table of tables) {
    const smallest = groups.reduce((a, b) => (b.pages < a.pages ? b : a));
    smallest.tables.push(table);
    smallest.pages += Math.max(table.pages, 1);
  }
  return groups.map((g) => g.tables).filter((g) => g.length > 0);
}
