import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sellerCounts } from '../../server/db/quality/counts.ts';
import { contacts } from '../../server/db/schema.ts';
import { loadDemo } from '../../server/demo/load.ts';
import type { SellerCounts } from '../../server/domain/quality/counts.ts';
import { openTestDatabase } from '../support/test-db.ts';

/** The set-based contact counts against a row-by-row recount of the same table, whole marketplace and a few sellers. */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const asOf = new Date('2026-11-24T00:00:00Z');
const windows = [30, 90, 365];
const query = { marketplace: 'demo', asOf, windows, resolutionDays: 14 };
let database: Awaited<ReturnType<typeof openTestDatabase>>;
let counted: SellerCounts[];
let rows: (typeof contacts.$inferSelect)[];

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemo(database.db, {
    sellers: 12,
    seed: 3,
    asOf: new Date('2026-11-23T00:00:00Z'),
    tokensFile: '/dev/null',
  });
  counted = await sellerCounts(database.db, query);
  rows = await database.db.select().from(contacts);
}, 120_000);
afterAll(() => database.close());

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] as number) + (sorted[Math.ceil(middle)] as number)) / 2;
}

function recount(seller: string, window: number) {
  const from = asOf.getTime() - window * DAY;
  const inWindow = rows.filter((c) => {
    const at = new Date(c.createdAt).getTime();
    return c.marketplaceId === 'demo' && c.sellerId === seller && at >= from && at < asOf.getTime();
  });
  const due = inWindow.filter((c) => new Date(c.createdAt).getTime() < asOf.getTime() - DAY);
  const answered = due.filter(
    (c) => c.firstResponseAt && new Date(c.firstResponseAt).getTime() <= new Date(c.createdAt).getTime() + 24 * HOUR,
  );
  const responseHours = inWindow
    .filter((c) => c.firstResponseAt && new Date(c.firstResponseAt).getTime() < asOf.getTime())
    .map((c) => (new Date(c.firstResponseAt ?? c.createdAt).getTime() - new Date(c.createdAt).getTime()) / HOUR);
  return {
    contacts: inWindow.length,
    contactsDue: due.length,
    answeredWithin24h: answered.length,
    medianFirstResponseHours: median(responseHours),
  };
}

const contactFigures = (seller: SellerCounts, window: number) => {
  const counts = seller.windows.get(window);
  return {
    contacts: counts?.contacts,
    contactsDue: counts?.contactsDue,
    answeredWithin24h: counts?.answeredWithin24h,
    medianFirstResponseHours: counts?.medianFirstResponseHours ?? null,
  };
};

describe('contact counts per window', () => {
  it('match a row-by-row recount for every seller and window, median included', () => {
    expect(rows.length).toBeGreaterThan(100);
    expect(counted.length).toBe(12);
    for (const seller of counted) {
      for (const window of windows) {
        const expected = recount(seller.seller, window);
        const actual = contactFigures(seller, window);
        expect({ ...actual, medianFirstResponseHours: undefined }).toEqual({
          ...expected,
          medianFirstResponseHours: undefined,
        });
        if (expected.medianFirstResponseHours === null) expect(actual.medianFirstResponseHours).toBeNull();
        else expect(actual.medianFirstResponseHours).toBeCloseTo(expected.medianFirstResponseHours, 9);
      }
    }
  });

  it('are the same when only a few sellers are counted', async () => {
    const chosen = counted.slice(0, 3).map((s) => s.seller);
    const few = await sellerCounts(database.db, { ...query, sellers: chosen });
    expect(few.map((s) => s.seller)).toEqual(chosen);
    for (const seller of few) {
      const full = counted.find((s) => s.seller === seller.seller);
      expect(full).toBeDefined();
      for (const window of windows) {
        expect(contactFigures(seller, window)).toEqual(contactFigures(full as SellerCounts, window));
      }
    }
  });

  it('leave the median out of the windows that do not ask for one', async () => {
    const [seller] = await sellerCounts(database.db, {
      ...query,
      sellers: [counted[0]?.seller as string],
      medianWindows: [90],
    });
    expect(seller?.windows.get(30)?.medianFirstResponseHours).toBeNull();
    expect(seller?.windows.get(90)?.medianFirstResponseHours).toBe(
      contactFigures(counted[0] as SellerCounts, 90).medianFirstResponseHours,
    );
  });
});

describe('counts of every table', () => {
  it('add up to the same counts of every table whether the whole marketplace or a few sellers are counted', async () => {
    // The whole marketplace reads orders in two halves of the year on PostgreSQL, a few sellers in one statement.
    const chosen = counted.slice(0, 6).map((s) => s.seller);
    const few = await sellerCounts(database.db, { ...query, sellers: chosen });
    const full = counted.filter((s) => chosen.includes(s.seller));
    expect(full.some((s) => (s.windows.get(365)?.orders ?? 0) > (s.windows.get(90)?.orders ?? 0))).toBe(true);
    expect(few).toEqual(full);
  });
});
