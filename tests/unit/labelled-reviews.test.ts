import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLabelledReviews } from '../../server/classifier/labelled.ts';

const dir = mkdtempSync(join(tmpdir(), 'sl-labelled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const good = JSON.stringify({
  id: 'x-1',
  text: 'Arrived broken',
  lang: 'en',
  rating: 1,
  sentiment: 'negative',
  reasons: ['damaged_item'],
  component: null,
});

function folderWith(name: string, content: string): string {
  const folder = mkdtempSync(join(dir, 'case-'));
  writeFileSync(join(folder, name), content);
  return folder;
}

describe('labelled review files', () => {
  it('reads every line of every file', () => {
    expect(readLabelledReviews(folderWith('en.jsonl', `${good}\n\n${good.replace('x-1', 'x-2')}\n`))).toHaveLength(2);
  });

  it('names the file and line of a line that is not JSON', () => {
    expect(() => readLabelledReviews(folderWith('en.jsonl', `${good}\n{oops\n`))).toThrow(
      /en\.jsonl line 2: invalid JSON/,
    );
  });

  it('names the file, line and field of a bad label', () => {
    const bad = good.replace('"negative"', '"angry"');
    expect(() => readLabelledReviews(folderWith('fr.jsonl', bad))).toThrow(/fr\.jsonl line 1: sentiment:/);
  });
});
