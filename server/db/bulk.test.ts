import { describe, expect, it } from 'vitest';
import { encodeRows } from './bulk.ts';
import { contactRow as contact } from './contact-row.fixture.ts';
import * as t from './schema.ts';

describe('array literals of a batch', () => {
  it('quotes every element and writes NULL for a missing one', () => {
    const encoded = encodeRows(t.contacts, [contact('c1', 'hello, {world}'), contact('c2', null)]);
    const text = encoded?.literals[encoded.columns.indexOf('text')];
    expect(text).toBe('{"hello, {world}",NULL}');
    expect(encoded?.literals[encoded.columns.indexOf('id')]).toBe('{"c1","c2"}');
  });

  it('escapes quotes and backslashes, also in a column with no missing value', () => {
    const encoded = encodeRows(t.contacts, [contact('c1', 'a","b'), contact('c2', 'back\\slash "quoted"')]);
    const text = encoded?.literals[encoded.columns.indexOf('text')];
    expect(text).toBe('{"a\\",\\"b","back\\\\slash \\"quoted\\""}');
  });

  it('writes an empty array as {}, not as an array of one empty string', () => {
    const encoded = encodeRows(t.reviews, [{ marketplaceId: 'm', id: 'r1', reasons: [] }]);
    expect(encoded?.literals[encoded.columns.indexOf('reasons')]).toBe('{"{}"}');
  });
});
