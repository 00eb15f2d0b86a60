// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { orderRows, reviewRows } from '../../../extension/adapters/demo.ts';
import type { UnresolvedReview } from '../../../extension/messaging.ts';
import { dispatchRisk } from '../../../extension/orders/dispatch.ts';
import { countdown, overdueCount, rowInsights } from '../../../extension/reviews/insights.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');
const fixture = (name: string): Document =>
  new DOMParser().parseFromString(readFileSync(join(fixtures, name), 'utf8'), 'text/html');
const DAY = 86_400_000;

// Saved from the demo server (seed 1, 8 sellers, as of 2026-12-08, English): negative reviews and orders of s-steady.
describe('demo adapter: review rows', () => {
  const rows = reviewRows(fixture('demo-admin-reviews-negative.html'));

  it('reads every row with id, rating, date, language, reply state and reply box', () => {
    expect(rows).toHaveLength(20);
    for (const row of rows) {
      expect(row.id).toMatch(/^r-s-steady-\d{5}$/);
      expect(row.rating).toBeLessThanOrEqual(2);
      expect(row.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(row.overlayAnchor?.classList.contains('adm-review-head')).toBe(true);
      expect(row.replyBox?.tagName).toBe(row.removed ? undefined : 'TEXTAREA');
    }
    expect(rows[0]).toMatchObject({ id: 'r-s-steady-00256', rating: 2 });
    expect(rows.filter((row) => row.replied)).toHaveLength(8);
    expect(new Set(rows.map((row) => row.lang))).toEqual(
      new Set(['de', 'en', 'es', 'fi', 'fr', 'it', 'ms', 'pl', 'ru', 'uk', 'zh']),
    );
    expect(rows.every((row) => row.text === null || row.text.length > 0)).toBe(true);
  });

  it('reads nothing from a page without rows', () => {
    expect(reviewRows(fixture('broken-admin-page.html'))).toEqual([]);
  });
});

describe('demo adapter: order rows', () => {
  it('reads the promised dispatch date and the status of each row', () => {
    const rows = orderRows(fixture('demo-admin-orders-promised.html'));
    expect(rows).toHaveLength(25);
    expect(rows[0]).toMatchObject({ promisedShipBy: '2026-12-08T17:36:04.000Z', status: 'awaiting' });
    expect(rows.every((row) => row.overlayAnchor?.tagName === 'TD')).toBe(true);
  });
});

describe('countdown', () => {
  const now = new Date('2026-12-08T12:00:00Z');
  const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
  it.each([
    [at(3 * DAY), { kind: 'left', days: 3 }],
    [at(2 * DAY + 1), { kind: 'left', days: 3 }],
    [at(DAY), { kind: 'left', days: 1 }],
    [at(DAY - 1), { kind: 'today' }],
    [at(0), { kind: 'today' }],
    [at(-1), { kind: 'overdue', days: 1 }],
    [at(-2 * DAY), { kind: 'overdue', days: 2 }],
  ])('%s', (deadline, expected) => {
    expect(countdown(deadline, now)).toEqual(expected);
  });
});

describe('rowInsights', () => {
  const now = new Date('2026-12-08T12:00:00Z');
  const open = (id: string, ageDays: number, reasons: string[] | null): UnresolvedReview => {
    const createdAt = new Date(now.getTime() - ageDays * DAY);
    return {
      id,
      createdAt: createdAt.toISOString(),
      negativeSince: createdAt.toISOString(),
      rating: 1,
      text: null,
      lang: 'uk',
      reasons,
      ageDays,
      deadline: new Date(createdAt.getTime() + 14 * DAY).toISOString(),
      overdue: ageDays > 14,
    };
  };
  const row = (id: string, rating: number, replied: boolean) => ({
    id,
    rating,
    createdAt: new Date(now.getTime() - 20 * DAY).toISOString(),
    lang: 'pl',
    replied,
    removed: false,
  });

  it('marks unresolved, commented and resolved negatives and leaves positives unmarked', () => {
    const insights = rowInsights(
      [row('a', 1, false), row('b', 2, true), row('c', 1, false), row('d', 5, true)],
      {
        unresolved: [open('a', 16, ['delivery_late'])],
        reasonGroups: [{ reason: 'wrong_item', count: 2, share: 1, trend: null, last30: 2, exampleIds: ['b', 'c'] }],
      },
      now,
    );
    expect(insights.map((i) => [i.id, i.mark, i.reasons, i.countdown])).toEqual([
      ['a', 'unresolved', ['delivery_late'], { kind: 'overdue', days: 2 }],
      ['b', 'commented', ['wrong_item'], null],
      ['c', 'resolved', ['wrong_item'], null],
      ['d', null, [], null],
    ]);
    // The server's date and language win for reviews it lists.
    expect(insights[0]).toMatchObject({ ageDays: 16, lang: 'uk' });
    expect(insights[3]).toMatchObject({ ageDays: 20, lang: 'pl' });
    expect(overdueCount([open('a', 16, null), open('e', 3, null)], now)).toBe(1);
  });
});

describe('dispatchRisk', () => {
  const now = new Date(2026, 11, 8, 10, 0);
  it('is late once the promised date passed, due today later today, and nothing once shipped', () => {
    expect(dispatchRisk(new Date(2026, 11, 8, 9, 0).toISOString(), 'late', now)).toBe('late');
    expect(dispatchRisk(new Date(2026, 11, 8, 18, 0).toISOString(), 'awaiting', now)).toBe('due_today');
    expect(dispatchRisk(new Date(2026, 11, 9, 9, 0).toISOString(), 'awaiting', now)).toBeNull();
    expect(dispatchRisk(new Date(2026, 11, 7, 9, 0).toISOString(), 'shipped', now)).toBeNull();
    expect(dispatchRisk(null, 'awaiting', now)).toBeNull();
  });
});
