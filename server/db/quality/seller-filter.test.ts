import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { sellerFilter } from './seller-filter.ts';

const built = (sellers: readonly string[] | undefined) => {
  const query = new PgDialect().sqlToQuery(
    sql`SELECT 1 FROM orders o WHERE true${sellerFilter('o.seller_id', sellers)}`,
  );
  return { sql: query.sql, params: query.params };
};

describe('sellerFilter', () => {
  it('filters nothing when every seller is evaluated', () => {
    expect(built(undefined)).toEqual({ sql: 'SELECT 1 FROM orders o WHERE true', params: [] });
  });

  it('compares one seller as a scalar, so the statement keeps one cached plan', () => {
    expect(built(['s7'])).toEqual({ sql: 'SELECT 1 FROM orders o WHERE true AND o.seller_id = $1', params: ['s7'] });
  });

  it('compares several sellers against one array parameter', () => {
    expect(built(['s1', 's2'])).toEqual({
      sql: 'SELECT 1 FROM orders o WHERE true AND o.seller_id = ANY($1::text[])',
      params: [['s1', 's2']],
    });
  });
});
