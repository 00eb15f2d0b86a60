/**
 * The end (exclusive) of the `days`-th business day after `from`: Monday to Friday, in UTC. A problem found on
 * a Friday evening can be reported until Wednesday's end with 3 business days. Public holidays are not known
 * here; a marketplace with many lengthens its days in the policy.
 */
export function businessDeadline(from: Date, days: number): Date {
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  let left = days;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

/** The end (exclusive) of the `days`-th calendar day after `from`, in UTC. */
export function calendarDeadline(from: Date, days: number): Date {
  return new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + days + 1));
}
