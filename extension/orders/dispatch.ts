/**
 * Late-dispatch risk of an order row: the promised dispatch date has passed, or falls today (in the
 * reader's time zone), while the order is still waiting to ship. Pure, so it is tested without a browser.
 */

export type DispatchRisk = 'late' | 'due_today' | null;

/** Page statuses of orders still waiting to ship. */
const waiting = new Set(['awaiting', 'late']);

export function dispatchRisk(promisedShipBy: string | null, status: string | null, now: Date): DispatchRisk {
  if (!promisedShipBy || !status || !waiting.has(status)) return null;
  const promised = new Date(promisedShipBy);
  if (promised.getTime() < now.getTime()) return 'late';
  return promised.toDateString() === now.toDateString() ? 'due_today' : null;
}
