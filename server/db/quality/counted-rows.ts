import { type SQL, sql } from 'drizzle-orm';
import { emptyWindowCounts, type SellerCounts, type WindowCounts } from '../../domain/quality/counts.ts';
import { ageDays } from '../../domain/reviews/unresolved.ts';

/**
 * How the counting statements travel and add up: each answers one JSON document of per-seller rows, and
 * `CountsFolder` folds the rows of every table into each seller's window counts.
 */

type Additive = Exclude<keyof WindowCounts, 'medianFirstResponseHours'>;

/** Snake-case result columns → the WindowCounts fields they add to. */
const columns: Record<string, Additive> = {
  orders: 'orders',
  delivered: 'delivered',
  defective: 'defective',
  dispatch_due: 'dispatchDue',
  late: 'lateDispatch',
  seller_cancelled: 'sellerCancelled',
  shipped: 'shipped',
  lost: 'lost',
  tracked: 'tracked',
  contacts: 'contacts',
  contacts_due: 'contactsDue',
  answered24: 'answeredWithin24h',
  reviews: 'reviews',
  rating_sum: 'ratingSum',
  satisfied: 'satisfiedReviews',
  negatives_due: 'negativesDue',
  resolved14: 'negativesResolvedWithin14d',
  complaints: 'complaints',
  refunds_due: 'refundsDue',
  refunds_in_time: 'refundsSettledInTime',
  nps_answers: 'npsAnswers',
  promoters: 'promoters',
  detractors: 'detractors',
  mystery: 'mysteryShops',
  mystery_sum: 'mysteryScoreSum',
};

/** A statement of per-seller rows, `seller_id` then `columns`, and the columns it answers in that order. */
export interface Counted {
  columns: readonly string[];
  statement: SQL;
  /** Keep the rows in seller order (the sellers' list, which orders the results). */
  bySeller?: boolean;
}
export const counted = (columns: readonly string[], statement: SQL, bySeller = false): Counted => ({
  columns,
  statement,
  bySeller,
});

/**
 * The rows as one JSON document of arrays, one per row in the order of the columns: parsed natively in one
 * call, where the driver would decode every cell of some 100k rows into strings and objects.
 */
export const asJsonRows = ({ columns, statement, bySeller }: Counted) => {
  const values = sql.raw(['seller_id', ...columns].map((c) => `t.${c}`).join(', '));
  return sql`SELECT coalesce(json_agg(json_build_array(${values})${sql.raw(bySeller ? ' ORDER BY t.seller_id' : '')}), '[]'::json)
    AS rows FROM (${statement}) t`;
};

/** node-postgres and PGlite parse json columns; a driver set to leave them as text hands over the string. */
export const fromJson = (value: unknown): unknown[] =>
  (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as unknown[];

/** Every field a column adds to, in a fixed order: a seller's sums are one typed array, indexed by position. */
const additiveFields = [...new Set(Object.values(columns))];
const fieldIndex = new Map(additiveFields.map((field, i) => [field, i]));
const FIELDS = additiveFields.length;

/** What a column adds to, resolved to positions once per table. */
type Step =
  | { kind: 'count'; at: number; field: number }
  | { kind: 'median'; at: number; window: number }
  | { kind: 'unresolved' | 'overdue' | 'oldest'; at: number };

interface Slot {
  /** The seller's sums, window after window in the order of `windows`, each window's fields in `additiveFields` order. */
  sums: Float64Array;
  medians: (number | null)[];
  unresolvedNegatives: number;
  overdueNegatives: number;
  oldestUnresolvedDays: number | null;
}

/**
 * Folds the rows of each table into per-seller window counts as the table arrives, so the short statements'
 * rows are added up while the long ones still run; `bySellers` then lists the marketplace's sellers in order.
 * Sums go into a typed array per seller: some 150,000 rows of a marketplace's tables took 140 ms of the main
 * thread as property writes by name, which competes with the database for the CPU while its statements run.
 */
export class CountsFolder {
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly windows: readonly number[],
    private readonly asOf: Date,
  ) {}

  fold(table: { columns: readonly string[]; rows: unknown[][] }): void {
    // Row positions: 0 the seller, 1 the bucket, then the table's columns after `bucket`.
    const steps = table.columns.slice(1).map((column, i) => stepOf(column, i + 2, this.windows));
    const windowCount = this.windows.length;
    for (const row of table.rows) {
      const slot = this.slotOf(String(row[0]));
      const bucket = Number(row[1]);
      for (const step of steps) {
        const value = row[step.at];
        if (value === null || value === undefined) continue;
        if (step.kind === 'count') {
          // A bucket counts towards its own window and every longer one.
          const n = Number(value);
          const sums = slot.sums;
          for (let i = bucket; i < windowCount; i++) {
            const cell = i * FIELDS + step.field;
            sums[cell] = (sums[cell] as number) + n;
          }
        } else if (step.kind === 'median') {
          slot.medians[step.window] = Number(value);
        } else if (step.kind === 'unresolved') {
          slot.unresolvedNegatives += Number(value);
        } else if (step.kind === 'overdue') {
          slot.overdueNegatives += Number(value);
        } else {
          const days = ageDays(new Date(value as string), this.asOf);
          slot.oldestUnresolvedDays = Math.max(slot.oldestUnresolvedDays ?? 0, days);
        }
      }
    }
  }

  /** The sellers' counts in the order of their rows (id, category, joined); rows of other sellers are left out. */
  bySellers(sellers: unknown[][]): SellerCounts[] {
    return sellers.map(([id, category, joinedAt]) => {
      const seller = String(id);
      const slot = this.slotOf(seller);
      return {
        seller,
        category: String(category),
        joinedAt: new Date(joinedAt as string),
        windows: new Map(this.windows.map((w, i) => [w, windowCounts(slot, i)])),
        unresolvedNegatives: slot.unresolvedNegatives,
        overdueNegatives: slot.overdueNegatives,
        oldestUnresolvedDays: slot.oldestUnresolvedDays,
      };
    });
  }

  private slotOf(seller: string): Slot {
    let slot = this.slots.get(seller);
    if (!slot) {
      slot = {
        sums: new Float64Array(this.windows.length * FIELDS),
        medians: this.windows.map(() => null),
        unresolvedNegatives: 0,
        overdueNegatives: 0,
        oldestUnresolvedDays: null,
      };
      this.slots.set(seller, slot);
    }
    return slot;
  }
}

function stepOf(column: string, at: number, windows: readonly number[]): Step {
  const field = columns[column];
  if (field) return { kind: 'count', at, field: fieldIndex.get(field) as number };
  if (column === 'unresolved' || column === 'overdue') return { kind: column, at };
  if (column === 'oldest_unresolved') return { kind: 'oldest', at };
  const median = /^median_(\d+)$/.exec(column);
  const window = median ? windows.indexOf(Number(median[1])) : -1;
  // A statement's column that adds to nothing is a mistake in the statement, not data to skip.
  if (window < 0) throw new Error(`seller counts: column "${column}" adds to no count`);
  return { kind: 'median', at, window };
}

function windowCounts(slot: Slot, window: number): WindowCounts {
  const counts = emptyWindowCounts();
  const offset = window * FIELDS;
  for (let f = 0; f < FIELDS; f++) counts[additiveFields[f] as Additive] = slot.sums[offset + f] as number;
  counts.medianFirstResponseHours = slot.medians[window] ?? null;
  return counts;
}
