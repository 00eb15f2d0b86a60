import { describe, expect, it } from 'vitest';
import { contactRow as contact } from './contact-row.fixture.ts';
import { encodeCopyRows } from './copy.ts';
import * as t from './schema.ts';

describe('COPY text of a batch', () => {
  it('writes one tab-separated line per row, \\N for NULL, dates as ISO', () => {
    const encoded = encodeCopyRows(t.contacts, [contact('c1', 'hello'), contact('c2', null)]);
    expect(encoded?.columns).toEqual([
      'marketplaceId',
      'id',
      'sellerId',
      'orderId',
      'channel',
      'createdAt',
      'firstResponseAt',
      'text',
    ]);
    expect(encoded?.text).toBe(
      'm\tc1\ts\t\\N\tchat\t2026-10-01T10:00:00.000Z\t\\N\thello\n' +
        'm\tc2\ts\t\\N\tchat\t2026-10-01T10:00:00.000Z\t\\N\t\\N\n',
    );
  });

  it('escapes backslashes, tabs and line breaks, so a text reading \\N stays text', () => {
    const encoded = encodeCopyRows(t.contacts, [contact('c1', 'a\tb\nc\rd \\N e')]);
    expect(encoded?.text.split('\t').at(-1)).toBe('a\\tb\\nc\\rd \\\\N e\n');
  });

  it('writes array columns as quoted array literals, escaped for COPY like any text', () => {
    const review = { marketplaceId: 'm', id: 'r1', reasons: ['late_delivery', 'say "hi"\\'] };
    const encoded = encodeCopyRows(t.reviews, [review]);
    expect(encoded?.text).toBe('m\tr1\t{"late_delivery","say \\\\"hi\\\\"\\\\\\\\"}\n');
  });

  it('writes an empty array column as {}', () => {
    const encoded = encodeCopyRows(t.reviews, [{ marketplaceId: 'm', id: 'r1', reasons: [] }]);
    expect(encoded?.text).toBe('m\tr1\t{}\n');
  });

  it('returns nothing for no rows', () => {
    expect(encodeCopyRows(t.contacts, [])).toBeNull();
  });
});
