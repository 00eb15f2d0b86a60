import { sql } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/client.ts';
import { queryRows, queryRowsPrepared } from '../../server/db/query.ts';
import { openTestDatabase, testDbKind } from '../support/test-db.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let db: Db;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const probe = (n: number, sellers: string[], divisor: number) => sql`
  SELECT ${n}::int + 1 AS next, ${'2026-03-01T10:00:00Z'}::timestamptz AS at, ${sql.param(sellers)}::text[] AS sellers,
         cardinality(${sql.param(sellers)}::text[]) AS how_many, 12.50::numeric AS total, NULL::text AS nothing,
         json_build_object('n', ${n}::int) AS doc, 10 / ${divisor}::int AS share`;

/** The database's own message, which drizzle wraps with the failed query on both engines. */
async function failure(query: Promise<unknown>): Promise<string> {
  const error = await query.then(
    () => expect.fail('the query should have failed'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DrizzleQueryError);
  return String((error as DrizzleQueryError).cause);
}

describe(`named prepared statements (${testDbKind})`, () => {
  it('returns the same rows as an ordinary query, call after call with new parameters', async () => {
    for (const [n, sellers] of [
      [1, ['s1']],
      [2, ['s1', 's2', "o'brien"]],
      [3, []],
    ] as const) {
      const expected = await queryRows(db, probe(n, [...sellers], 5));
      const actual = await queryRowsPrepared(db, probe(n, [...sellers], 5));
      expect(actual).toEqual(expected);
      expect(actual[0]).toMatchObject({ next: n + 1, how_many: sellers.length, share: 2, nothing: null });
    }
  });

  it('reports an error while executing and keeps working afterwards', async () => {
    expect(await failure(queryRowsPrepared(db, probe(1, ['s1'], 0)))).toMatch(/division by zero/);
    const [row] = await queryRowsPrepared<{ share: number }>(db, probe(1, ['s1'], 2));
    expect(row?.share).toBe(5);
  });

  it('reports a statement that does not parse and keeps working afterwards', async () => {
    expect(await failure(queryRowsPrepared(db, sql`SELECT FROM WHERE ${1}`))).toMatch(/syntax error/);
    const missing = queryRowsPrepared(db, sql`SELECT * FROM no_such_table WHERE id = ${1}`);
    expect(await failure(missing)).toMatch(/no_such_table/);
    const [row] = await queryRowsPrepared<{ next: number }>(db, probe(41, [], 1));
    expect(row?.next).toBe(42);
  });

  it('runs inside a transaction and sees its uncommitted writes', async () => {
    await db.execute(sql`CREATE TABLE prepared_probe (id int PRIMARY KEY)`);
    const seen = await db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO prepared_probe VALUES (7)`);
      return queryRowsPrepared<{ id: number }>(tx as unknown as Db, sql`SELECT id FROM prepared_probe WHERE id = ${7}`);
    });
    expect(seen).toEqual([{ id: 7 }]);
  });

  it('serves concurrent callers one statement at a time without mixing their rows', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => queryRowsPrepared<{ next: number }>(db, probe(i, [`s${i}`], 1))),
    );
    expect(results.map((rows) => rows[0]?.next)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

// node-postgres prepares per pooled connection, so there a transaction pins one; PGlite has a single session
// (and its transactions do not prepare).
async function onOneSession<T>(work: (session: Db) => Promise<T>): Promise<T> {
  if (testDbKind === 'pglite') return work(db);
  return db.transaction((tx) => work(tx as unknown as Db));
}

describe('named prepared statements', () => {
  it('parses a statement once and keeps it under its name', async () => {
    const listed = await onOneSession(async (session) => {
      await queryRowsPrepared(session, probe(1, ['s1'], 1));
      await queryRowsPrepared(session, probe(2, ['s2'], 1));
      return queryRows<{ name: string; calls: number }>(
        session,
        sql`SELECT name, generic_plans + custom_plans AS calls FROM pg_prepared_statements WHERE name LIKE 'sl\\_%'
            AND statement LIKE '%AS how_many%'`,
      );
    });
    expect(listed).toHaveLength(1);
    expect(Number(listed[0]?.calls)).toBeGreaterThanOrEqual(2);
  });
});
