import type { ClaimsPolicy } from '../../../shared/policies/claims.ts';

export type InstalmentsAnswer =
  | { ok: true; monthly: number }
  | { ok: false; reason: 'not_offered' | 'below_minimum' | 'months_not_offered' };

/** Whether an order may be switched to `months` instalments, and the monthly amount (rounded up, in minor units). */
export function instalmentsFor(orderTotal: number, months: number, policy: ClaimsPolicy): InstalmentsAnswer {
  const terms = policy.instalments;
  if (!terms.enabled) return { ok: false, reason: 'not_offered' };
  if (orderTotal < terms.minOrderTotal) return { ok: false, reason: 'below_minimum' };
  if (!terms.months.includes(months)) return { ok: false, reason: 'months_not_offered' };
  return { ok: true, monthly: Math.ceil(orderTotal / months) };
}
