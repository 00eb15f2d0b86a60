import { type SQL, sql } from 'drizzle-orm';
import { emptyWindowCounts, type SellerCounts, type WindowCounts } from '../../domain/quality/counts.ts';

/**
 * How the counting statements travel and add up: each answers one JSON document of per-seller rows, and
 * `CountsFolder` folds the rows of every table into each seller's window counts.
 */

const DAY = 86_400_000;
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

/** What a column adds to: a window count, the seller's unresolved negatives, or a window's median. */
type Target =
  | { kind: 'count'; field: Additive }
  | { kind: 'unresolved' | 'overdue' | 'oldest' }
  | { kind: 'median'; window: number };

function targetOf(column: string, windows: readonly number[]): Target {
  const field = columns[column];
  if (field) return { kind: 'count', field };
  if (column === 'unresolved' || column === 'overdue') return { kind: column };
  if (column === 'oldest_unresolved') return { kind: 'oldest' };
  const median = /^median_(\d+)$/.exec(column);
  const window = median ? windows.indexOf(Number(median[1])) : -1;
  // A statement's column that adds to nothing is a mistake in the statement, not data to skip.
  if (window < 0) throw new Error(`seller counts: column "${column}" adds to no count`);
  return { kind: 'median', window };
}

interface Slot {
  /** The seller's windows' counts in the order of `windows`: filled by position, not by Map lookups. */
  windows: WindowCounts[];
  unresolvedNegatives: number;
  overdueNegatives: number;
  oldestUnresolvedDays: number | null;
}

/**
 * Folds the rows of each table into per-seller window counts as the table arrives, so the short statements'
 * rows are added up while the long ones still run; `bySellers` then lists the marketplace's sellers in order.
 */
export class CountsFolder {
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly windows: readonly number[],
    private readonly asOf: Date,
  ) {}

  fold(table: { columns: readonly string[]; rows: unknown[][] }): void {
    // Row positions: 0 the seller, 1 the bucket, then the table's columns after `bucket`.
    const targets = table.columns.slice(1).map((column, i) => ({ at: i + 2, target: targetOf(column, this.windows) }));
    for (const row of table.rows) {
      const slot = this.slotOf(String(row[0]));
      const bucket = Number(row[1]);
      for (const { at, target } of targets) {
        const value = row[at];
        if (value === null || value === undefined) continue;
        if (target.kind === 'count') {
          // A bucket counts towards its own window and every longer one.
          const n = Number(value);
          for (let i = bucket; i < slot.windows.length; i++) (slot.windows[i] as WindowCounts)[target.field] += n;
        } else if (target.kind === 'median') {
          (slot.windows[target.window] as WindowCounts).medianFirstResponseHours = Number(value);
        } else if (target.kind === 'unresolved') {
          slot.unresolvedNegatives += Number(value);
        } else if (target.kind === 'overdue') {
          slot.overdueNegatives += Number(value);
        } else {
          const days = Math.floor((this.asOf.getTime() - new Date(value as string).getTime()) / DAY);
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
        windows: new Map(this.windows.map((w, i) => [w, slot.windows[i] as WindowCounts])),
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
        windows: this.windows.map(() => emptyWindowCounts()),
        unresolvedNegatives: 0,
        overdueNegatives: 0,
        oldestUnresolvedDays: null,
      };
      this.slots.set(seller, slot);
    }
    return slot;
  }
}
