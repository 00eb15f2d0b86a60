import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEvents } from '../../server/ingest/read-events.ts';

const dir = mkdtempSync(join(tmpdir(), 'sl-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seller = (i: number) =>
  JSON.stringify({
    type: 'seller',
    marketplace: 'm',
    id: `s${i}`,
    name: `Shop ${'x'.repeat(i % 50)}`,
    country: 'FR',
    language: 'fr',
    category: 'phones',
    joinedAt: '2025-01-01T00:00:00Z',
  });

async function readAll(name: string, content: string) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const lines: { line: number; id?: string; error?: string }[] = [];
  for await (const read of readEvents(path)) lines.push({ line: read.line, id: read.event?.id, error: read.error });
  return lines;
}

describe('reading JSON Lines', () => {
  it('numbers lines across CRLF endings, blank lines and a last line without a newline', async () => {
    const lines = await readAll('crlf.jsonl', `${seller(1)}\r\n\r\n{oops\r\n${seller(2)}`);
    expect(lines).toEqual([
      { line: 1, id: 's1', error: undefined },
      { line: 3, id: undefined, error: expect.stringContaining('invalid JSON') },
      { line: 4, id: 's2', error: undefined },
    ]);
  });

  it('keeps every line whole and numbered when lines straddle the read chunks', async () => {
    const count = 5_000; // ~1 MB: several 256 KB chunks, with lines cut at their edges
    const lines = await readAll('big.jsonl', `${Array.from({ length: count }, (_, i) => seller(i)).join('\n')}\n`);
    expect(lines).toHaveLength(count);
    expect(lines.every((l, i) => l.line === i + 1 && l.id === `s${i}`)).toBe(true);
  });

  it('reads multi-byte characters split between chunks', async () => {
    const name = 'Магазин ✓ 商店 ';
    const count = 20_000; // several chunks, every line with two- and three-byte characters
    const content = Array.from({ length: count }, (_, i) =>
      JSON.stringify({ ...JSON.parse(seller(i)), name: `${name}${i}` }),
    );
    const path = join(dir, 'utf8.jsonl');
    writeFileSync(path, `${content.join('\n')}\n`);
    let whole = 0;
    for await (const read of readEvents(path))
      if (read.event?.type === 'seller' && read.event.name === `${name}${read.line - 1}`) whole += 1;
    expect(whole).toBe(count);
  });

  it('reads a file saved with a byte-order mark and a line longer than a read chunk', async () => {
    // JSON allows any run of spaces between fields: 600 KB of them make one line span three read chunks.
    const long = `{${' '.repeat(600_000)}${seller(2).slice(1, -1)},"name":"Boutique é 商店"}`;
    const path = join(dir, 'bom.jsonl');
    writeFileSync(path, `\ufeff${seller(1)}\n${long}\n${seller(3)}\n`);
    const reads = [];
    for await (const read of readEvents(path)) reads.push(read);
    expect(reads.map((r) => [r.line, r.event?.id])).toEqual([
      [1, 's1'],
      [2, 's2'],
      [3, 's3'],
    ]);
    expect(reads[1]?.event?.type === 'seller' && reads[1].event.name).toBe('Boutique é 商店');
  });
});

describe('reading CSV', () => {
  const header = 'marketplace,id,seller,order,createdAt,rating,text,lang,author,verified';
  const events = async (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const reads = [];
    for await (const read of readEvents(path)) reads.push(read);
    return reads;
  };

  it('reads a file saved with a byte-order mark ("CSV UTF-8" of a spreadsheet), CRLF line ends included', async () => {
    const reads = await events(
      'reviews.csv',
      `\ufeff${header}\r\nacme,R-1,shop-1,,2026-10-12T09:00:00Z,5,Très bien,fr,Paul,true\r\nacme,R-2,shop-1,O-1,2026-10-13T09:00:00Z,2,,,,false\r\n`,
    );
    expect(reads.map((r) => [r.line, r.error])).toEqual([
      [2, undefined],
      [3, undefined],
    ]);
    expect(reads.map((r) => r.event)).toEqual([
      {
        type: 'review',
        marketplace: 'acme',
        id: 'R-1',
        seller: 'shop-1',
        order: null,
        createdAt: '2026-10-12T09:00:00Z',
        rating: 5,
        text: 'Très bien',
        lang: 'fr',
        author: 'Paul',
        verified: true,
      },
      expect.objectContaining({ id: 'R-2', order: 'O-1', text: null, lang: null, author: null, verified: false }),
    ]);
  });

  it('reads a type column after a byte-order mark', async () => {
    const reads = await events(
      'mixed.csv',
      '\ufefftype,marketplace,id,seller,createdAt,score,notes\nmystery_shop,acme,X-1,shop-1,2026-10-12T09:00:00Z,80,fine\n',
    );
    expect(reads).toEqual([
      { line: 2, event: expect.objectContaining({ type: 'mystery_shop', id: 'X-1', score: 80 }) },
    ]);
  });

  it('keeps the text "null" as text: only an empty cell is null in a text column', async () => {
    const reads = await events(
      'reviews.csv',
      `${header}\nacme,R-1,shop-1,,2026-10-12T09:00:00Z,1,null,en,null,true\nacme,R-2,shop-1,,2026-10-12T09:00:00Z,1,"null",en,,true\n`,
    );
    expect(reads.map((r) => r.error)).toEqual([undefined, undefined]);
    expect(reads.map((r) => r.event?.type === 'review' && [r.event.text, r.event.author])).toEqual([
      ['null', 'null'],
      ['null', null],
    ]);
  });

  it('still reads the word null as null where the column cannot hold it as text (times, numbers, codes)', async () => {
    const reads = await events(
      'review_update.csv',
      'marketplace,id,review,createdAt,rating,text,removed\nacme,U-1,R-1,2026-10-12T09:00:00Z,null,null,false\n',
    );
    expect(reads).toEqual([
      {
        line: 2,
        event: expect.objectContaining({ type: 'review_update', rating: null, text: 'null', removed: false }),
      },
    ]);
    const orders = await events(
      'orders.csv',
      'marketplace,id,seller,placedAt,promisedShipBy,shippedAt,deliveredAt,cancelledAt,cancelledBy,cancelReason,lost,tracking,total,currency,items\n' +
        'acme,A-1,shop-1,2026-10-12T09:00:00Z,null,null,null,null,null,null,false,true,9.00,EUR,"[{""sku"":""S"",""model"":null,""category"":""c"",""qty"":1,""price"":""9.00""}]"\n',
    );
    expect(orders.map((r) => r.error)).toEqual([undefined]);
    expect(orders[0]?.event).toMatchObject({ shippedAt: null, cancelledBy: null, cancelReason: null });
  });
});
